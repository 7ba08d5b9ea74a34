package app.floorplan.persistence.questionnaire;

import app.floorplan.core.questionnaire.ResponseRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The package-private response repository for tests of other persistence packages. */
public final class QuestionnaireAccess {

    private QuestionnaireAccess() {}

    public static ResponseRepository responses(JdbcClient jdbc) {
        return new JdbcResponseRepository(jdbc);
    }
}
