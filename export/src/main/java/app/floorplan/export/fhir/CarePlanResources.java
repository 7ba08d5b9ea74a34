package app.floorplan.export.fhir;

import app.floorplan.core.export.FloorPlanCode;
import app.floorplan.core.export.PatientRecord;
import app.floorplan.core.export.PlanDocument;
import app.floorplan.core.export.PlanItem;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Every version of the home program as a CarePlan with its Goals: the current version active, each earlier one revoked
 * and replaced by the next (FHIR's way to keep a plan's history), each exercise an activity with its dosage
 * ({@link DosageDetail}) and the PT's note.
 */
final class CarePlanResources {

    private CarePlanResources() {}

    static List<Resource> of(PatientRecord record, ResourceIds ids) {
        var resources = new ArrayList<Resource>();
        if (record.programId().isEmpty()) {
            return resources;
        }
        UUID program = record.programId().get();
        for (PlanDocument plan : record.plans()) {
            String key = "program/" + program + "/" + plan.version();
            var goals = goals(plan, key, ids);
            resources.add(carePlan(plan, key, program, goals, ids));
            resources.addAll(goals);
        }
        return resources;
    }

    private static CarePlan carePlan(PlanDocument plan, String key, UUID program, List<Goal> goals, ResourceIds ids) {
        var carePlan = new CarePlan();
        carePlan.setId(ids.of(key));
        carePlan.addIdentifier().setSystem(FhirUrls.PROGRAM_VERSION_ID).setValue(program + "/" + plan.version());
        carePlan.setStatus(plan.current() ? CarePlan.CarePlanStatus.ACTIVE : CarePlan.CarePlanStatus.REVOKED);
        carePlan.setIntent(CarePlan.CarePlanIntent.PLAN);
        carePlan.addCategory(Codings.of(FloorPlanCode.HOME_PROGRAM.coding()));
        carePlan.setTitle("Home program, version " + plan.version());
        carePlan.setDescription("Phase " + plan.phase().number() + ", "
                + plan.phase().label() + ": " + plan.phase().patientExplanation());
        carePlan.setSubject(ResourceIds.reference(ids.patientId()));
        var period = new Period()
                .setStartElement(new DateTimeType(plan.prescribedOn().toString()));
        plan.replacedOn().ifPresent(end -> period.setEndElement(new DateTimeType(end.toString())));
        carePlan.setPeriod(period);
        carePlan.setCreatedElement(new DateTimeType(plan.prescribedOn().toString()));
        carePlan.setAuthor(new Reference().setDisplay(plan.prescribedBy()));
        if (plan.version() > 1) {
            carePlan.addReplaces(ResourceIds.reference(ids.of("program/" + program + "/" + (plan.version() - 1))));
        }
        goals.forEach(goal ->
                carePlan.addGoal(ResourceIds.reference(goal.getIdElement().getIdPart())));
        plan.items().forEach(item -> carePlan.addActivity(activity(item, plan.current())));
        plan.advice()
                .forEach(advice -> carePlan.addNote(new Annotation().setText(advice.title() + ": " + advice.text())));
        plan.otherAdvice().ifPresent(advice -> carePlan.addNote(new Annotation().setText(advice)));
        plan.reasonForPatient()
                .ifPresent(reason -> carePlan.addNote(new Annotation().setText("Why the plan changed: " + reason)));
        return carePlan;
    }

    private static CarePlanActivityComponent activity(PlanItem item, boolean current) {
        var detail = new CarePlanActivityDetailComponent();
        detail.setCode(new CodeableConcept()
                .addCoding(new org.hl7.fhir.r4.model.Coding(
                        FloorPlanCode.HOME_EXERCISE.coding().system(),
                        FloorPlanCode.HOME_EXERCISE.code(),
                        FloorPlanCode.HOME_EXERCISE.display()))
                .setText(item.shown().name()));
        detail.setStatus(
                current ? CarePlan.CarePlanActivityStatus.INPROGRESS : CarePlan.CarePlanActivityStatus.STOPPED);
        DosageDetail.describe(detail, item.dosage());
        var activity = new CarePlanActivityComponent().setDetail(detail);
        item.shown().ptNote().ifPresent(note -> activity.addProgress(new Annotation().setText(note)));
        return activity;
    }

    private static List<Goal> goals(PlanDocument plan, String key, ResourceIds ids) {
        var goals = new ArrayList<Goal>();
        for (int index = 0; index < plan.goals().size(); index++) {
            var goal = new Goal();
            goal.setId(ids.of(key + "/goal/" + index));
            goal.setLifecycleStatus(
                    plan.current() ? Goal.GoalLifecycleStatus.ACTIVE : Goal.GoalLifecycleStatus.CANCELLED);
            goal.setDescription(new CodeableConcept().setText(plan.goals().get(index)));
            goal.setSubject(ResourceIds.reference(ids.patientId()));
            goals.add(goal);
        }
        return goals;
    }
}
