package app.floorplan.ui.exercise;

import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.exercise.ClinicExerciseRepository;
import app.floorplan.core.exercise.ExerciseLibrary;
import app.floorplan.core.exercise.library.StandardExerciseLibrary;
import app.floorplan.core.identity.CurrentActor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ExerciseConfiguration {

    /** The built-ins merged with the clinic's own exercises. */
    @Bean
    ExerciseLibrary exerciseLibrary(ClinicExerciseRepository exercises, CurrentActor currentActor, AuditTrail audit) {
        return new ExerciseLibrary(new StandardExerciseLibrary(), exercises, currentActor, audit);
    }
}
