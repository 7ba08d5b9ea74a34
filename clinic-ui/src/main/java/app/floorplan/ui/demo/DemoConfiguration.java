package app.floorplan.ui.demo;

import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.account.password.PasswordHasher;
import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.clinic.ClinicRepository;
import app.floorplan.core.demo.DemoClinic;
import app.floorplan.core.diary.DiaryRepository;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.practice.PracticeLogRepository;
import app.floorplan.core.program.HomeProgramRepository;
import app.floorplan.core.questionnaire.AssignmentRepository;
import app.floorplan.core.questionnaire.ResponseRepository;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Wires the demo clinic only when demo data is asked for (see {@link DemoDataWanted}). */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoDataWanted.class)
class DemoConfiguration {

    @Bean
    DemoClinic demoClinic(
            ClinicRepository clinics,
            AccountRepository accounts,
            PatientRepository patients,
            IntakeRepository intakes,
            AssessmentRepository assessments,
            HomeProgramRepository programs,
            PracticeLogRepository practice,
            AssignmentRepository assignments,
            ResponseRepository responses,
            DiaryRepository diary,
            PasswordHasher hasher,
            Clock clock,
            @Value("${floorplan.demo-programs:true}") boolean withPrograms) {
        return new DemoClinic(
                clinics,
                accounts,
                patients,
                intakes,
                assessments,
                programs,
                practice,
                assignments,
                responses,
                diary,
                hasher,
                clock,
                withPrograms);
    }

    @Bean
    DemoDataLoader demoDataLoader(DemoClinic demoClinic) {
        return new DemoDataLoader(demoClinic::loadIfAbsent);
    }
}
