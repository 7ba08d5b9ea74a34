package app.floorplan.ui.portal;

import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.portal.MyPlan;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.practice.PracticeLogRepository;
import app.floorplan.core.practice.PracticeLogging;
import app.floorplan.core.program.ExerciseLookup;
import app.floorplan.core.program.HomeProgramRepository;
import app.floorplan.core.safety.GetHelpNow;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

    /** The clinic's calendar day decides what "today" is for the practice log, not the server's zone. */
    @Bean
    ClinicCalendar clinicCalendar(Clock clock, @Value("${floorplan.clinic.zone:Europe/Berlin}") String zone) {
        return new ClinicCalendar(clock, ZoneId.of(zone));
    }

    /** The patient's help card; the number is a deployment setting because it differs by country. */
    @Bean
    GetHelpNow getHelpNow(@Value("${floorplan.safety.emergency-number:112}") String emergencyNumber) {
        return new GetHelpNow(emergencyNumber);
    }

    @Bean
    MyPlan myPlan(
            PatientRepository patients,
            HomeProgramRepository programs,
            ExerciseLookup exercises,
            PracticeLogRepository log,
            ClinicCalendar calendar,
            CurrentActor currentActor,
            AuditTrail audit) {
        return new MyPlan(patients, programs, exercises, log, calendar, currentActor, audit);
    }

    @Bean
    PracticeLogging practiceLogging(
            PatientRepository patients,
            HomeProgramRepository programs,
            ExerciseLookup exercises,
            PracticeLogRepository log,
            ClinicCalendar calendar,
            CurrentActor currentActor,
            AuditTrail audit) {
        return new PracticeLogging(patients, programs, exercises, log, calendar, currentActor, audit);
    }
}
