package app.floorplan.ui.program;

import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.assessment.ClinicAssessmentSettings;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.exercise.ClinicExerciseRepository;
import app.floorplan.core.exercise.ExerciseLibrary;
import app.floorplan.core.exercise.library.StandardExerciseLibrary;
import app.floorplan.core.export.PlanDocuments;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.program.ExerciseLookup;
import app.floorplan.core.program.HomeProgramRepository;
import app.floorplan.core.program.HomePrograms;
import app.floorplan.core.program.LibraryExerciseLookup;
import app.floorplan.core.program.ProgramTemplateRepository;
import app.floorplan.core.program.ProgramTemplates;
import app.floorplan.core.suggestion.ProgramPlanning;
import app.floorplan.core.suggestion.ProgramSuggester;
import app.floorplan.ui.export.ClinicPaper;
import app.floorplan.ui.patient.PatientTab;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProgramConfiguration {

    @Bean
    HomePrograms homePrograms(
            HomeProgramRepository programs,
            PatientRepository patients,
            IntakeRepository intakes,
            AssessmentRepository assessments,
            ExerciseLookup exercises,
            CurrentActor currentActor,
            AuditTrail audit,
            Clock clock) {
        return new HomePrograms(programs, patients, intakes, assessments, exercises, currentActor, audit, clock);
    }

    @Bean
    ProgramTemplates programTemplates(
            ProgramTemplateRepository templates,
            ExerciseLookup exercises,
            CurrentActor currentActor,
            AuditTrail audit) {
        return new ProgramTemplates(templates, exercises, currentActor, audit);
    }

    /** The exercises a clinic can prescribe: the built-ins and its own stored ones, retired ones included. */
    @Bean
    ExerciseLookup exerciseLookup(ClinicExerciseRepository clinicExercises) {
        return new LibraryExerciseLookup(new StandardExerciseLibrary(), clinicExercises);
    }

    @Bean
    ProgramSuggester programSuggester() {
        return new ProgramSuggester(new StandardExerciseLibrary());
    }

    @Bean
    ProgramPlanning programPlanning(
            ExerciseLibrary library,
            ExerciseLookup exercises,
            ProgramSuggester suggester,
            PatientRepository patients,
            IntakeRepository intakes,
            AssessmentRepository assessments,
            AccountRepository accounts,
            ClinicAssessmentSettings assessmentSettings,
            CurrentActor currentActor,
            AuditTrail audit,
            Clock clock) {
        return new ProgramPlanning(
                library,
                exercises,
                suggester,
                patients,
                intakes,
                assessments,
                accounts,
                assessmentSettings,
                currentActor,
                audit,
                clock);
    }

    @Bean
    PatientTab programTab(
            HomePrograms programs, ProgramPlanning planning, PlanDocuments documents, ClinicPaper paper, Clock clock) {
        return new ProgramTab(programs, planning, documents, paper.size(), clock.getZone());
    }
}
