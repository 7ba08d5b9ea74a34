package app.floorplan.ui.patient;

import app.floorplan.core.overview.PatientOverviews;
import app.floorplan.core.patient.PatientList;
import app.floorplan.core.patient.PatientRegistry;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

@Configuration(proxyBeanMethods = false)
@Import({PatientRegistry.class, PatientOverviews.class, PatientList.class})
class PatientConfiguration {}
