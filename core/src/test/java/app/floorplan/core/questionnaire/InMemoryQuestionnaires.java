package app.floorplan.core.questionnaire;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.record.Correction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Fakes of both questionnaire ports that keep their contracts: versions never overwritten, one response per due day. */
public final class InMemoryQuestionnaires implements AssignmentRepository, ResponseRepository {

    private final Map<AssignmentId, Assignment> assignments = new LinkedHashMap<>();
    private final Map<ResponseId, List<QuestionnaireResponse>> versions = new LinkedHashMap<>();
    private final Map<Occurrence, ResponseDraft> drafts = new HashMap<>();
    private final Predicate<PatientId> inClinic;

    /** @param inClinic which patients belong to the clinic asked about in {@link #selfHarmAnswers} */
    public InMemoryQuestionnaires(Predicate<PatientId> inClinic) {
        this.inClinic = inClinic;
    }

    @Override
    public void add(Assignment assignment) {
        assignments.put(assignment.id(), assignment);
    }

    @Override
    public Optional<Assignment> find(AssignmentId id) {
        return Optional.ofNullable(assignments.get(id));
    }

    @Override
    public List<Assignment> forPatient(PatientId patient) {
        return assignments.values().stream()
                .filter(assignment -> assignment.patient().equals(patient))
                .sorted(Comparator.comparing(Assignment::ended)
                        .thenComparing(Assignment::assignedAt, Comparator.reverseOrder()))
                .toList();
    }

    @Override
    public boolean end(AssignmentId id, int version, AccountId by, Instant at) {
        Assignment stored = assignments.get(id);
        if (stored == null || stored.ended() || stored.version() != version) {
            return false;
        }
        assignments.put(
                id,
                new Assignment(
                        id,
                        stored.patient(),
                        stored.instrument(),
                        stored.startsOn(),
                        stored.repeatWeeks(),
                        stored.assignedBy(),
                        stored.assignedAt(),
                        Optional.of(at),
                        version + 1));
        return true;
    }

    @Override
    public List<QuestionnaireResponse> currentFor(PatientId patient) {
        return versions.values().stream()
                .map(List::getLast)
                .filter(response -> response.patient().equals(patient))
                .sorted(Comparator.comparing(QuestionnaireResponse::answeredOn).reversed())
                .toList();
    }

    @Override
    public Optional<QuestionnaireResponse> current(ResponseId id) {
        return Optional.ofNullable(versions.get(id)).map(List::getLast);
    }

    @Override
    public List<QuestionnaireResponse> versions(ResponseId id) {
        return List.copyOf(versions.getOrDefault(id, List.of()));
    }

    @Override
    public Map<Occurrence, LocalDate> answered(Collection<AssignmentId> ids) {
        var answered = new HashMap<Occurrence, LocalDate>();
        versions.values().stream().map(List::getLast).forEach(response -> response.occurrence()
                .filter(occurrence -> ids.contains(occurrence.assignment()))
                .ifPresent(occurrence -> answered.put(occurrence, response.answeredOn())));
        return answered;
    }

    @Override
    public Optional<QuestionnaireResponse> forOccurrence(Occurrence occurrence) {
        return versions.values().stream()
                .map(List::getLast)
                .filter(response -> response.occurrence().equals(Optional.of(occurrence)))
                .findFirst();
    }

    @Override
    public Optional<ResponseDraft> draft(Occurrence occurrence) {
        return Optional.ofNullable(drafts.get(occurrence));
    }

    @Override
    public void saveDraft(ResponseDraft draft) {
        drafts.put(draft.occurrence(), draft);
    }

    @Override
    public boolean submit(QuestionnaireResponse first) {
        if (versions.containsKey(first.id())
                || first.occurrence().flatMap(this::forOccurrence).isPresent()) {
            return false;
        }
        versions.put(first.id(), new ArrayList<>(List.of(first)));
        first.occurrence().ifPresent(drafts::remove);
        return true;
    }

    @Override
    public boolean correct(Correction<QuestionnaireResponse> correction) {
        List<QuestionnaireResponse> stored = versions.get(correction.current().id());
        if (stored == null
                || stored.getLast().revision().replaced()
                || stored.getLast().revision().number()
                        != correction.replaced().revision().number()) {
            return false;
        }
        stored.set(stored.size() - 1, correction.replaced());
        stored.add(correction.current());
        return true;
    }

    @Override
    public List<SelfHarmAnswer> selfHarmAnswers(ClinicId clinic, LocalDate since) {
        return versions.values().stream()
                .map(List::getLast)
                .filter(response -> inClinic.test(response.patient())
                        && !response.answeredOn().isBefore(since))
                .flatMap(response -> response
                        .selfHarmItem()
                        .filter(score -> score > 0)
                        .map(score ->
                                new SelfHarmAnswer(response.patient(), response.id(), response.answeredOn(), score))
                        .stream())
                .sorted(Comparator.comparing(SelfHarmAnswer::answeredOn))
                .toList();
    }

    int drafts() {
        return drafts.size();
    }
}
