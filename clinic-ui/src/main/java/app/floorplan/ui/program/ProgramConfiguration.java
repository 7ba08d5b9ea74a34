package app.floorplan.ui.program;

import app.floorplan.core.exercise.ClinicExerciseRepository;
import app.floorplan.core.exercise.library.StandardExerciseLibrary;
import app.floorplan.core.export.PlanDocuments;
import app.floorplan.core.program.ExerciseLookup;
import app.floorplan.core.program.HomePrograms;
import app.floorplan.core.program.LibraryExerciseLookup;
import app.floorplan.core.program.ProgramTemplates;
import app.floorplan.core.suggestion.ProgramPlanning;
import app.floorplan.core.suggestion.ProgramSuggester;
import app.floorplan.ui.export.ClinicPaper;
import app.floorplan.ui.patient.PatientTab;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

@Configuration(proxyBeanMethods = false)
@Import({HomePrograms.class, ProgramTemplates.class, ProgramPlanning.class})
class ProgramConfiguration {

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
    PatientTab programTab(
            HomePrograms programs, ProgramPlanning planning, PlanDocuments documents, ClinicPaper paper, Clock clock) {
        // after the assessments
        return PatientTab.of(
                30,
                "Program",
                patient -> new ProgramOverviewPanel(
                        patient, programs, planning, documents, paper.size(), clock.getZone()));
    }
}
