package app.floorplan.core.questionnaire;

import java.util.List;

/**
 * A patient's questionnaires for the PT: what is assigned, every response (current versions, newest first) and the EPDS
 * answers whose item 10 scored above 0.
 */
public record QuestionnaireOverview(
        List<AssignmentStatus> assignments, List<QuestionnaireResponse> responses, List<SelfHarmAnswer> selfHarm) {

    public QuestionnaireOverview {
        assignments = List.copyOf(assignments);
        responses = List.copyOf(responses);
        selfHarm = List.copyOf(selfHarm);
    }
}
