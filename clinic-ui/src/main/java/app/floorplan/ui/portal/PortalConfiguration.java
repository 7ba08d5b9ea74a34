package app.floorplan.ui.portal;

import app.floorplan.core.portal.MyPlan;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.practice.PracticeLogging;
import app.floorplan.core.session.GuidedSessions;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

@Configuration(proxyBeanMethods = false)
@Import({MyPlan.class, PatientToDo.class, PracticeLogging.class, GuidedSessions.class})
class PortalConfiguration {

    /** The clinic's calendar day decides what "today" is for the practice log, not the server's zone. */
    @Bean
    ClinicCalendar clinicCalendar(Clock clock, @Value("${floorplan.clinic.zone:Europe/Berlin}") String zone) {
        return new ClinicCalendar(clock, ZoneId.of(zone));
    }
}
