package app.floorplan.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.identity.CurrentActor;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The authorization matrix of every use case (ASVS 5.0 V8.1.1, V8.2.1): each public method of each use-case class and
 * the roles allowed to call it. A use-case class is one that takes the {@link CurrentActor} or declares an access
 * annotation. A new use case, a changed role, or a public method without {@code @RolesAllowed}/{@code @PermitAll}/
 * {@code @DenyAll} fails the build until this table is changed on purpose. {@code UseCaseRoleEnforcementTest} in
 * clinic-ui proves Spring enforces these annotations at run time.
 */
class UseCaseAccessMatrixTest {

    private static final String PT_ADMIN = "ADMIN,PT";
    private static final String ANY = "any logged-in user";

    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("account.AccountDirectory#accountsOfMyClinic", "ADMIN"),
            Map.entry("account.AccountDirectory#disable", "ADMIN"),
            Map.entry("account.AccountDirectory#enable", "ADMIN"),
            Map.entry("account.mfa.MfaPolicy#requireForStaff", "ADMIN"),
            Map.entry("account.mfa.MfaPolicy#requiredForStaff", "ADMIN"),
            // enrolment is for staff, but a half-finished login (no role yet) must reach it: the use case checks
            Map.entry("account.mfa.MultiFactor#beginEnrolment", ANY),
            Map.entry("account.mfa.MultiFactor#confirmEnrolment", ANY),
            Map.entry("account.mfa.MultiFactor#disable", ANY),
            Map.entry("account.mfa.MultiFactor#isEnrolled", ANY),
            Map.entry("account.mfa.MultiFactor#unusedRecoveryCodes", ANY),
            Map.entry("account.mfa.MultiFactor#verifyLoginCode", ANY),
            Map.entry("account.password.PasswordChange#change", "ADMIN,PATIENT,PT"),
            Map.entry("login.PatientLogins#create", "PT"),
            Map.entry("login.PatientLogins#mail", "PT"),
            Map.entry("login.PatientLogins#newLink", "PT"),
            Map.entry("login.PatientLogins#setEnabled", "PT"),
            Map.entry("login.PatientLogins#status", "PT"),
            Map.entry("login.StaffPasswordResets#issue", "ADMIN"),
            Map.entry("login.StaffPasswordResets#requested", "ADMIN"),
            Map.entry("assessment.AssessmentRecords#compare", "PT"),
            Map.entry("assessment.AssessmentRecords#correct", "PT"),
            Map.entry("assessment.AssessmentRecords#latestFindings", "PT"),
            Map.entry("assessment.AssessmentRecords#listFor", "PT"),
            Map.entry("assessment.AssessmentRecords#open", "PT"),
            Map.entry("assessment.AssessmentRecords#patient", "PT"),
            Map.entry("assessment.AssessmentRecords#record", "PT"),
            Map.entry("assessment.AssessmentSettings#chooseDiastasisThresholds", "ADMIN"),
            Map.entry("assessment.AssessmentSettings#diastasisThresholds", "ADMIN"),
            Map.entry("audit.AuditReview#count", "ADMIN"),
            Map.entry("audit.AuditReview#export", "ADMIN"),
            Map.entry("audit.AuditReview#search", "ADMIN"),
            Map.entry("audit.AuditReview#verifyChain", "ADMIN"),
            Map.entry("diary.DiaryRecords#open", "PT"),
            Map.entry("diary.DiaryRecords#request", "PT"),
            Map.entry("diary.MyDiary#currentRequest", "PATIENT"),
            Map.entry("diary.MyDiary#open", "PATIENT"),
            Map.entry("diary.MyDiary#record", "PATIENT"),
            Map.entry("diary.MyDiary#strikeOut", "PATIENT"),
            Map.entry("outcome.OutcomeTimelines#mine", "PATIENT"),
            Map.entry("outcome.OutcomeTimelines#open", "PT"),
            Map.entry("outcome.OutcomeTimelines#summary", "PT"),
            Map.entry("questionnaire.MyQuestionnaires#answer", "PATIENT"),
            Map.entry("questionnaire.MyQuestionnaires#open", "PATIENT"),
            Map.entry("questionnaire.MyQuestionnaires#pending", "PATIENT"),
            Map.entry("questionnaire.MyQuestionnaires#submit", "PATIENT"),
            Map.entry("questionnaire.QuestionnaireRecords#assign", "PT"),
            Map.entry("questionnaire.QuestionnaireRecords#correct", "PT"),
            Map.entry("questionnaire.QuestionnaireRecords#endAssignment", "PT"),
            Map.entry("questionnaire.QuestionnaireRecords#enter", "PT"),
            Map.entry("questionnaire.QuestionnaireRecords#open", "PT"),
            Map.entry("questionnaire.QuestionnaireRecords#overview", "PT"),
            Map.entry("export.PlanDocuments#mine", "PATIENT"),
            Map.entry("export.PlanDocuments#version", "PT"),
            Map.entry("export.RecordCopies#forPatient", "ADMIN"),
            Map.entry("export.RecordCopies#mine", "PATIENT"),
            Map.entry("export.RecordExports#fhirBundle", "PT"),
            Map.entry("exercise.ExerciseLibrary#count", PT_ADMIN),
            Map.entry("exercise.ExerciseLibrary#create", PT_ADMIN),
            Map.entry("exercise.ExerciseLibrary#open", PT_ADMIN),
            Map.entry("exercise.ExerciseLibrary#reinstate", PT_ADMIN),
            Map.entry("exercise.ExerciseLibrary#retire", PT_ADMIN),
            Map.entry("exercise.ExerciseLibrary#revise", PT_ADMIN),
            Map.entry("exercise.ExerciseLibrary#search", PT_ADMIN),
            Map.entry("intake.IntakeRecords#correct", "PT"),
            Map.entry("intake.IntakeRecords#open", "PT"),
            Map.entry("intake.IntakeRecords#record", "PT"),
            Map.entry("intake.IntakeRecords#versions", "PT"),
            Map.entry("overview.PatientOverviews#open", "PT"),
            Map.entry("patient.PatientList#anyMatch", PT_ADMIN),
            Map.entry("patient.PatientList#page", PT_ADMIN),
            Map.entry("patient.PatientRegistry#assignablePts", PT_ADMIN),
            Map.entry("patient.PatientRegistry#open", PT_ADMIN),
            Map.entry("patient.PatientRegistry#proposedPt", PT_ADMIN),
            Map.entry("patient.PatientRegistry#register", PT_ADMIN),
            Map.entry("patient.PatientRegistry#setArchived", PT_ADMIN),
            Map.entry("patient.PatientRegistry#update", PT_ADMIN),
            Map.entry("portal.MyPlan#open", "PATIENT"),
            Map.entry("practice.PracticeLogging#log", "PATIENT"),
            Map.entry("practice.PracticeLogging#today", "PATIENT"),
            Map.entry("session.GuidedSessions#start", "PATIENT"),
            Map.entry("session.GuidedSessions#record", "PATIENT"),
            Map.entry("reminder.PracticeReminders#mine", "PATIENT"),
            Map.entry("reminder.PracticeReminders#save", "PATIENT"),
            Map.entry("reminder.PracticeReminders#addDevice", "PATIENT"),
            Map.entry("reminder.PracticeReminders#removeDevice", "PATIENT"),
            Map.entry("reminder.PracticeReminders#status", "PT"),
            Map.entry("progress.PracticeAlerts#acknowledge", "PT"),
            Map.entry("progress.PracticeAlerts#list", "PT"),
            Map.entry("progress.PracticeAlerts#openCount", "PT"),
            Map.entry("progress.ProgressReports#apply", "PT"),
            Map.entry("progress.ProgressReports#open", "PT"),
            Map.entry("program.HomePrograms#check", "PT"),
            Map.entry("program.HomePrograms#current", "PT"),
            Map.entry("program.HomePrograms#prescribe", "PT"),
            Map.entry("program.HomePrograms#revise", "PT"),
            Map.entry("program.ProgramTemplates#list", PT_ADMIN),
            Map.entry("suggestion.ProgramPlanning#exerciseName", "PT"),
            Map.entry("suggestion.ProgramPlanning#open", "PT"),
            Map.entry("suggestion.ProgramPlanning#staffNames", "PT"),
            Map.entry("program.ProgramTemplates#open", "PT"),
            Map.entry("program.ProgramTemplates#saveAsTemplate", "PT"),
            Map.entry("screening.RedFlagReview#open", "PT"),
            Map.entry("screening.RedFlagReview#recordOutcome", "PT"));

    @Test
    void every_public_use_case_method_declares_exactly_the_roles_in_the_matrix() {
        Map<String, Set<String>> actual = new TreeMap<>();
        for (Class<?> useCase : useCaseClasses()) {
            for (Method method : useCase.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
                    actual.computeIfAbsent(key(useCase, method), k -> new TreeSet<>())
                            .add(access(method));
                }
            }
        }
        // overloads share one row; different roles between them show up as "A | B" and must be split on purpose
        Map<String, String> flattened = new TreeMap<>();
        actual.forEach((method, access) -> flattened.put(method, String.join(" | ", access)));
        assertThat(flattened).isEqualTo(new TreeMap<>(EXPECTED));
    }

    /** Every class of core (not its tests) that takes the current actor or declares method access annotations. */
    static Set<Class<?>> useCaseClasses() {
        Set<Class<?>> found = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.floorplan.core")) {
            Class<?> candidate = type.reflect();
            boolean takesActor = Arrays.stream(candidate.getDeclaredConstructors())
                    .anyMatch(c -> Arrays.asList(c.getParameterTypes()).contains(CurrentActor.class));
            boolean annotated = Arrays.stream(candidate.getDeclaredMethods())
                    .anyMatch(m -> m.isAnnotationPresent(RolesAllowed.class)
                            || m.isAnnotationPresent(PermitAll.class)
                            || m.isAnnotationPresent(DenyAll.class));
            if (!candidate.isInterface() && (takesActor || annotated)) {
                found.add(candidate);
            }
        }
        return found;
    }

    private static String key(Class<?> useCase, Method method) {
        return useCase.getName().substring("app.floorplan.core.".length()) + "#" + method.getName();
    }

    private static String access(Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return "any logged-in user";
        }
        if (method.isAnnotationPresent(DenyAll.class)) {
            return "nobody";
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            return "UNDECLARED";
        }
        return Arrays.stream(roles.value()).sorted().collect(Collectors.joining(","));
    }

    @Test
    void a_use_case_class_is_recognised_by_the_current_actor_it_takes() {
        assertThat(useCaseClasses()).extracting(Class::getSimpleName).contains("PatientRegistry", "AuditReview");
        assertThat(useCaseClasses()).extracting(Class::getSimpleName).doesNotContain("AuditChainCheck", "Actor");
    }
}
