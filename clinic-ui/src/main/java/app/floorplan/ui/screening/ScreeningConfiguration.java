package app.floorplan.ui.screening;

import app.floorplan.core.screening.RedFlagReview;
import app.floorplan.ui.patient.PatientTab;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

@Configuration(proxyBeanMethods = false)
@Import(RedFlagReview.class)
class ScreeningConfiguration {

    @Bean
    PatientTab redFlagsTab(RedFlagReview review, Clock clock) {
        // every visit's screen with outcomes, between the overview and the intake
        return PatientTab.of(5, "Red flags", patient -> new RedFlagPanel(patient, review, clock.getZone()));
    }
}
