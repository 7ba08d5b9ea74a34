package app.floorplan.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.core.account.AccountDirectory;
import app.floorplan.core.assessment.AssessmentId;
import app.floorplan.core.assessment.AssessmentRecords;
import app.floorplan.core.assessment.AssessmentSettings;
import app.floorplan.core.assessment.DiastasisThresholds;
import app.floorplan.core.demo.DemoClinic;
import app.floorplan.core.diary.BladderEntry;
import app.floorplan.core.diary.DiaryEntryId;
import app.floorplan.core.diary.DiaryInput;
import app.floorplan.core.diary.DiaryRecords;
import app.floorplan.core.diary.DiaryRepository;
import app.floorplan.core.diary.MyDiary;
import app.floorplan.core.exercise.ExerciseDraft;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ExerciseLibrary;
import app.floorplan.core.exercise.ExerciseSearch;
import app.floorplan.core.exercise.library.StandardExerciseLibrary;
import app.floorplan.core.export.PaperSize;
import app.floorplan.core.export.PlanDocuments;
import app.floorplan.core.export.RecordCopies;
import app.floorplan.core.export.RecordExports;
import app.floorplan.core.export.RecordFormat;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.IntakeRecords;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RedFlagOutcome;
import app.floorplan.core.login.IssuedLink;
import app.floorplan.core.login.PatientLogins;
import app.floorplan.core.login.StaffPasswordResets;
import app.floorplan.core.login.TokenPurpose;
import app.floorplan.core.outcome.OutcomeTimelines;
import app.floorplan.core.overview.PatientOverviews;
import app.floorplan.core.patient.PatientRegistry;
import app.floorplan.core.program.HomePrograms;
import app.floorplan.core.program.ProgramTemplateId;
import app.floorplan.core.program.ProgramTemplates;
import app.floorplan.core.progress.AlertKey;
import app.floorplan.core.progress.AlertScope;
import app.floorplan.core.progress.AlertSubject;
import app.floorplan.core.progress.PracticeAlerts;
import app.floorplan.core.progress.ProgressReports;
import app.floorplan.core.questionnaire.Assignment;
import app.floorplan.core.questionnaire.AssignmentId;
import app.floorplan.core.questionnaire.AssignmentRepository;
import app.floorplan.core.questionnaire.Instrument;
import app.floorplan.core.questionnaire.MyQuestionnaires;
import app.floorplan.core.questionnaire.QuestionnaireAnswers;
import app.floorplan.core.questionnaire.QuestionnaireRecords;
import app.floorplan.core.questionnaire.QuestionnaireResponse;
import app.floorplan.core.questionnaire.ResponseId;
import app.floorplan.core.questionnaire.ResponseRepository;
import app.floorplan.core.questionnaire.ResponseSource;
import app.floorplan.core.reminder.PracticeReminders;
import app.floorplan.core.screening.RedFlagReview;
import app.floorplan.core.screening.ScreenRef;
import app.floorplan.core.suggestion.ProgramPlanning;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * IDOR tests (ASVS 5.0 V8.2.2, V8.2.3): every use case that takes an id, called with the demo clinic's real ids by
 * someone who must not reach them: a PT and an admin of another clinic, another patient of the same clinic, and the
 * demo clinic's own admin where the data is clinical (not an admin's role). Each must be refused, or find nothing.
 * A new id-taking use-case method fails {@link #every_id_taking_use_case_method_is_in_the_table} until it has a row.
 */
@FloorPlanAppTest
class CrossRecordAccessTest {

    /** Who tries, by login. */
    enum Intruder {
        OTHER_CLINIC_PT(Logins.OTHER_PT),
        OTHER_CLINIC_ADMIN(Logins.OTHER_ADMIN),
        OTHER_PATIENT(DemoClinic.PATIENT_BEA.username()),
        OWN_ADMIN_FOR_CLINICAL_DATA(DemoClinic.ADMIN.username());

        final String login;

        Intruder(String login) {
            this.login = login;
        }
    }

    /**
     * Anna's records in the demo clinic (the target: an assessment, her PFDI-20 assignment, a questionnaire response and
     * a diary line), a clinic exercise, a template and the demo PT's login.
     */
    record Target(
            ClinicId clinic,
            PatientId anna,
            AssessmentId assessment,
            ExerciseId exercise,
            ProgramTemplateId template,
            AccountId staff,
            AssignmentId assignment,
            ResponseId response,
            DiaryEntryId diaryLine) {}

    @FunctionalInterface
    interface Attempt {
        Object run(ApplicationContext beans, Target target) throws Exception;
    }

    /** One use-case method with an id; {@code clinical} rows are refused to the clinic's own admin too. */
    record Row(String method, boolean clinical, Attempt attempt) {}

    static final List<Row> TABLE = List.of(
            row("account.AccountDirectory#disable", false, (b, t) -> {
                b.getBean(AccountDirectory.class).disable(t.staff());
                return null;
            }),
            row("account.AccountDirectory#enable", false, (b, t) -> {
                b.getBean(AccountDirectory.class).enable(t.staff());
                return null;
            }),
            row("login.StaffPasswordResets#issue", false, (b, t) -> b.getBean(StaffPasswordResets.class)
                    .issue(t.staff())),
            row("login.PatientLogins#status", true, (b, t) -> b.getBean(PatientLogins.class)
                    .status(t.anna())),
            row("login.PatientLogins#create", true, (b, t) -> b.getBean(PatientLogins.class)
                    .create(t.anna(), "intruder-made-login")),
            row("login.PatientLogins#newLink", true, (b, t) -> b.getBean(PatientLogins.class)
                    .newLink(t.anna())),
            row("login.PatientLogins#mail", true, (b, t) -> b.getBean(PatientLogins.class)
                    .mail(
                            t.anna(),
                            new IssuedLink(
                                    "not-a-real-secret",
                                    TokenPurpose.ACTIVATION,
                                    DemoClinic.PATIENT_ANNA.username(),
                                    Instant.now()))),
            row("login.PatientLogins#setEnabled", true, (b, t) -> {
                b.getBean(PatientLogins.class).setEnabled(t.anna(), false);
                return null;
            }),
            row("reminder.PracticeReminders#status", true, (b, t) -> b.getBean(PracticeReminders.class)
                    .status(t.anna())),
            row("progress.ProgressReports#open", true, (b, t) -> b.getBean(ProgressReports.class)
                    .open(t.anna())),
            row("progress.ProgressReports#apply", true, (b, t) -> b.getBean(ProgressReports.class)
                    .apply(t.anna(), 1, "intruder progression")),
            row("progress.PracticeAlerts#acknowledge", true, (b, t) -> b.getBean(PracticeAlerts.class)
                    .acknowledge(AlertKey.loggedDay(t.anna(), LocalDate.now()), "intruder note")),
            row("progress.PracticeAlerts#acknowledge", true, (b, t) -> b.getBean(PracticeAlerts.class)
                    .acknowledge(
                            new AlertKey(t.anna(), AlertSubject.SELF_HARM_ANSWER, LocalDate.now()), "intruder note")),
            row(
                    "progress.PracticeAlerts#list",
                    true,
                    (b, t) -> b.getBean(PracticeAlerts.class).list(AlertScope.ALL, true).stream()
                            .filter(alert -> alert.key().patient().equals(t.anna()))
                            .toList()),
            row("patient.PatientRegistry#open", false, (b, t) -> b.getBean(PatientRegistry.class)
                    .open(t.anna())),
            row("patient.PatientRegistry#update", false, (b, t) -> b.getBean(PatientRegistry.class)
                    .update(t.anna(), 0, null)),
            row("patient.PatientRegistry#setArchived", false, (b, t) -> b.getBean(PatientRegistry.class)
                    .setArchived(t.anna(), 0, true)),
            row("overview.PatientOverviews#open", true, (b, t) -> b.getBean(PatientOverviews.class)
                    .open(t.anna())),
            row("intake.IntakeRecords#open", true, (b, t) -> b.getBean(IntakeRecords.class)
                    .open(t.anna())),
            row("intake.IntakeRecords#record", true, (b, t) -> b.getBean(IntakeRecords.class)
                    .record(t.anna(), null)),
            row("intake.IntakeRecords#correct", true, (b, t) -> b.getBean(IntakeRecords.class)
                    .correct(t.anna(), 1, null, "correction")),
            row("intake.IntakeRecords#versions", true, (b, t) -> b.getBean(IntakeRecords.class)
                    .versions(t.anna())),
            row("screening.RedFlagReview#open", true, (b, t) -> b.getBean(RedFlagReview.class)
                    .open(t.anna())),
            row("screening.RedFlagReview#recordOutcome", true, (b, t) -> b.getBean(RedFlagReview.class)
                    .recordOutcome(
                            t.anna(),
                            new ScreenRef.AtAssessment(t.assessment()),
                            RedFlagOutcome.CLEARED,
                            Set.of(RedFlag.FEVER),
                            Optional.empty(),
                            "note")),
            row("assessment.AssessmentRecords#patient", true, (b, t) -> b.getBean(AssessmentRecords.class)
                    .patient(t.anna())),
            row("assessment.AssessmentRecords#listFor", true, (b, t) -> b.getBean(AssessmentRecords.class)
                    .listFor(t.anna())),
            row("assessment.AssessmentRecords#latestFindings", true, (b, t) -> b.getBean(AssessmentRecords.class)
                    .latestFindings(t.anna())),
            row("assessment.AssessmentRecords#open", true, (b, t) -> b.getBean(AssessmentRecords.class)
                    .open(t.anna(), t.assessment())),
            row("assessment.AssessmentRecords#record", true, (b, t) -> b.getBean(AssessmentRecords.class)
                    .record(t.anna(), LocalDate.now(), null, null)),
            row("assessment.AssessmentRecords#correct", true, (b, t) -> b.getBean(AssessmentRecords.class)
                    .correct(t.anna(), t.assessment(), 1, LocalDate.now(), null, "correction")),
            row("assessment.AssessmentRecords#compare", true, (b, t) -> b.getBean(AssessmentRecords.class)
                    .compare(t.anna(), t.assessment(), t.assessment())),
            // takes no id: the clinic is the caller's own. Another clinic's admin changes only her own clinic's
            // setting, so the demo clinic's reads unchanged (nothing); other roles are refused.
            row("assessment.AssessmentSettings#chooseDiastasisThresholds", false, (b, t) -> {
                var settings = b.getBean(AssessmentSettings.class);
                var before = demoClinicThresholds(b, t);
                var own = settings.diastasisThresholds();
                var other = own == DiastasisThresholds.QU_2021
                        ? DiastasisThresholds.BEER_2009
                        : DiastasisThresholds.QU_2021;
                settings.chooseDiastasisThresholds(own, other);
                settings.chooseDiastasisThresholds(other, own);
                return Optional.of(demoClinicThresholds(b, t)).filter(after -> after != before);
            }),
            row("program.HomePrograms#current", true, (b, t) -> b.getBean(HomePrograms.class)
                    .current(t.anna())),
            row("program.HomePrograms#check", true, (b, t) -> b.getBean(HomePrograms.class)
                    .check(t.anna(), null)),
            row("program.HomePrograms#prescribe", true, (b, t) -> b.getBean(HomePrograms.class)
                    .prescribe(t.anna(), null)),
            row("program.HomePrograms#revise", true, (b, t) -> b.getBean(HomePrograms.class)
                    .revise(t.anna(), 1, null, "change", false)),
            row("suggestion.ProgramPlanning#open", true, (b, t) -> b.getBean(ProgramPlanning.class)
                    .open(t.anna())),
            // an exercise of Anna's clinic reads as unknown to anyone else; the clinic's own admin is no PT
            row("suggestion.ProgramPlanning#exerciseName", true, (b, t) -> b.getBean(ProgramPlanning.class)
                    .exerciseName(t.exercise())),
            row("program.ProgramTemplates#open", true, (b, t) -> b.getBean(ProgramTemplates.class)
                    .open(t.template())),
            row("questionnaire.QuestionnaireRecords#overview", true, (b, t) -> b.getBean(QuestionnaireRecords.class)
                    .overview(t.anna())),
            row("questionnaire.QuestionnaireRecords#assign", true, (b, t) -> b.getBean(QuestionnaireRecords.class)
                    .assign(t.anna(), Instrument.PFDI_20, LocalDate.now(), Optional.empty())),
            row("questionnaire.QuestionnaireRecords#endAssignment", true, (b, t) -> {
                b.getBean(QuestionnaireRecords.class).endAssignment(t.anna(), t.assignment(), 0);
                return null;
            }),
            row("questionnaire.QuestionnaireRecords#enter", true, (b, t) -> b.getBean(QuestionnaireRecords.class)
                    .enter(t.anna(), LocalDate.now(), null)),
            row("questionnaire.QuestionnaireRecords#open", true, (b, t) -> b.getBean(QuestionnaireRecords.class)
                    .open(t.anna(), t.response())),
            row("questionnaire.QuestionnaireRecords#correct", true, (b, t) -> b.getBean(QuestionnaireRecords.class)
                    .correct(t.anna(), t.response(), 1, LocalDate.now(), null, "intruder correction")),
            // another patient of the clinic reaching Anna's assignment by its id
            row("questionnaire.MyQuestionnaires#open", true, (b, t) -> b.getBean(MyQuestionnaires.class)
                    .open(t.assignment())),
            row("questionnaire.MyQuestionnaires#answer", true, (b, t) -> b.getBean(MyQuestionnaires.class)
                    .answer(t.assignment(), 1, Optional.of(BigDecimal.ONE))),
            row("questionnaire.MyQuestionnaires#submit", true, (b, t) -> b.getBean(MyQuestionnaires.class)
                    .submit(t.assignment())),
            row("diary.DiaryRecords#open", true, (b, t) -> b.getBean(DiaryRecords.class)
                    .open(t.anna())),
            row("diary.DiaryRecords#request", true, (b, t) -> b.getBean(DiaryRecords.class)
                    .request(t.anna(), LocalDate.now(), 3)),
            // a line id is made by the phone: sending Anna's id again must not add to, or show, her diary
            row("diary.MyDiary#record", true, (b, t) -> b.getBean(MyDiary.class)
                    .record(new DiaryInput.Bladder(
                            t.diaryLine(),
                            LocalDate.now(),
                            LocalTime.MIDNIGHT,
                            Optional.of(200),
                            false,
                            Optional.empty(),
                            OptionalInt.empty(),
                            false,
                            Optional.empty(),
                            false))),
            row("diary.MyDiary#strikeOut", true, (b, t) -> b.getBean(MyDiary.class)
                    .strikeOut(t.diaryLine())),
            row("outcome.OutcomeTimelines#open", true, (b, t) -> b.getBean(OutcomeTimelines.class)
                    .open(t.anna())),
            row("outcome.OutcomeTimelines#summary", true, (b, t) -> b.getBean(OutcomeTimelines.class)
                    .summary(t.anna())),
            row("export.PlanDocuments#version", true, (b, t) -> b.getBean(PlanDocuments.class)
                    .version(t.anna(), 1, PaperSize.A4)),
            row("export.RecordExports#fhirBundle", true, (b, t) -> b.getBean(RecordExports.class)
                    .fhirBundle(t.anna())),
            // the clinic's own admin may produce the copy (right of access): only other clinics and patients intrude
            row("export.RecordCopies#forPatient", false, (b, t) -> b.getBean(RecordCopies.class)
                    .forPatient(t.anna(), RecordFormat.FHIR_JSON, PaperSize.A4)),
            row("exercise.ExerciseLibrary#open", false, (b, t) -> b.getBean(ExerciseLibrary.class)
                    .open(t.exercise())),
            row("exercise.ExerciseLibrary#revise", false, (b, t) -> b.getBean(ExerciseLibrary.class)
                    .revise(t.exercise(), 1, ExerciseDraft.of(builtIn()))),
            row("exercise.ExerciseLibrary#retire", false, (b, t) -> b.getBean(ExerciseLibrary.class)
                    .retire(t.exercise(), 1)),
            row("exercise.ExerciseLibrary#reinstate", false, (b, t) -> b.getBean(ExerciseLibrary.class)
                    .reinstate(t.exercise(), 1)),
            row("exercise.ExerciseLibrary#search", false, (b, t) -> b.getBean(ExerciseLibrary.class)
                    .search(ExerciseSearch.forClinic(t.clinic()), 0, 10)),
            row("exercise.ExerciseLibrary#count", false, (b, t) -> b.getBean(ExerciseLibrary.class)
                    .count(ExerciseSearch.forClinic(t.clinic()))));

    @Autowired
    ApplicationContext beans;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    private Logins logins;
    private Target target;

    @BeforeEach
    void demoClinicAndAnIntruderClinic() {
        logins = new Logins(users, jdbc);
        logins.ensureSecondClinic();
        ClinicId clinic = logins.demoClinic();
        // Anna by her login: other tests register more patients called Anna
        PatientId anna = new PatientId(jdbc.sql("select patient_id from account where username = ?")
                .param(DemoClinic.PATIENT_ANNA.username())
                .query(UUID.class)
                .single());
        AssessmentId assessment =
                new AssessmentId(jdbc.sql("select assessment_id from assessment_version where patient_id = ? limit 1")
                        .param(anna.value())
                        .query(UUID.class)
                        .single());
        AccountId staff = new AccountId(jdbc.sql("select id from account where username = ?")
                .param(DemoClinic.PT.username())
                .query(UUID.class)
                .single());
        AssignmentId assignment = annasAssignment(anna, staff);
        ResponseId response = annasResponse(anna, staff);
        DiaryEntryId diaryLine = annasDiaryLine(anna);
        target = new Target(
                clinic,
                anna,
                assessment,
                clinicExercise(clinic),
                clinicTemplate(clinic),
                staff,
                assignment,
                response,
                diaryLine);
        Logins.logout();
    }

    @AfterEach
    void logout() {
        Logins.logout();
    }

    static Stream<Arguments> attempts() {
        return TABLE.stream().flatMap(row -> Arrays.stream(Intruder.values())
                .filter(intruder -> row.clinical() || intruder != Intruder.OWN_ADMIN_FOR_CLINICAL_DATA)
                .map(intruder -> Arguments.of(row.method(), intruder, row)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("attempts")
    void someone_else_s_record_is_refused_or_reads_as_missing(String method, Intruder intruder, Row row) {
        logins.as(intruder.login);

        Object[] result = new Object[1];
        Throwable thrown = catchThrowable(() -> result[0] = row.attempt().run(beans, target));

        if (thrown != null) {
            assertThat(thrown).as(method).isInstanceOfAny(AccessRefusedException.class, AccessDeniedException.class);
        } else {
            assertThat(nothing(result[0])).as(method + " returned " + result[0]).isTrue();
        }
    }

    @Test
    void every_id_taking_use_case_method_is_in_the_table() {
        var inTable = TABLE.stream().map(Row::method).collect(Collectors.toCollection(TreeSet::new));
        assertThat(idTakingUseCaseMethods()).isSubsetOf(inTable);
    }

    private static boolean nothing(Object result) {
        return result instanceof Optional<?> optional && optional.isEmpty()
                || result instanceof Collection<?> collection && collection.isEmpty()
                || result instanceof Integer count && count == 0;
    }

    /** Use-case methods with a parameter that is an id, or a record that carries one (e.g. a clinic's search). */
    private static TreeSet<String> idTakingUseCaseMethods() {
        var found = new TreeSet<String>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.floorplan.core")) {
            Class<?> useCase = type.reflect();
            boolean takesActor = Arrays.stream(useCase.getDeclaredConstructors())
                    .anyMatch(c -> Arrays.asList(c.getParameterTypes()).contains(CurrentActor.class));
            if (!takesActor || useCase.isInterface()) {
                continue;
            }
            for (Method method : useCase.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())
                        && Arrays.stream(method.getParameterTypes()).anyMatch(CrossRecordAccessTest::carriesAnId)) {
                    found.add(useCase.getName().substring("app.floorplan.core.".length()) + "#" + method.getName());
                }
            }
        }
        return found;
    }

    private static boolean carriesAnId(Class<?> type) {
        return isId(type)
                || type.isRecord()
                        && Arrays.stream(type.getRecordComponents())
                                .map(RecordComponent::getType)
                                .anyMatch(CrossRecordAccessTest::isId);
    }

    private static boolean isId(Class<?> type) {
        return type.getName().startsWith("app.floorplan.core.")
                && type.getSimpleName().endsWith("Id");
    }

    /** The diastasis limits stored for the target clinic, read around the use cases. */
    private static DiastasisThresholds demoClinicThresholds(ApplicationContext beans, Target target) {
        return DiastasisThresholds.valueOf(beans.getBean(JdbcClient.class)
                .sql("select diastasis_thresholds from clinic where id = ?")
                .param(target.clinic().value())
                .query(String.class)
                .single());
    }

    private ExerciseId clinicExercise(ClinicId clinic) {
        return jdbc.sql("select id from clinic_exercise where clinic_id = ? limit 1")
                .param(clinic.value())
                .query(UUID.class)
                .optional()
                .map(ExerciseId::new)
                .orElseGet(() -> {
                    logins.as(DemoClinic.PT.username());
                    return beans.getBean(ExerciseLibrary.class)
                            .create(ExerciseDraft.of(builtIn()).name("Clinic copy for access tests"))
                            .exercise()
                            .id();
                });
    }

    /** Her PFDI-20 on her phone: the demo makes one only with demo programs on, so it is made here otherwise. */
    private AssignmentId annasAssignment(PatientId anna, AccountId pt) {
        return jdbc.sql("select id from questionnaire_assignment where patient_id = ? limit 1")
                .param(anna.value())
                .query(UUID.class)
                .optional()
                .map(AssignmentId::new)
                .orElseGet(() -> {
                    var assignment = Assignment.assign(
                            AssignmentId.random(),
                            anna,
                            Instrument.PFDI_20,
                            LocalDate.now(),
                            Optional.empty(),
                            pt,
                            Instant.now(),
                            LocalDate.now());
                    beans.getBean(AssignmentRepository.class).add(assignment);
                    return assignment.id();
                });
    }

    private ResponseId annasResponse(PatientId anna, AccountId pt) {
        return jdbc.sql("select id from questionnaire_response where patient_id = ? limit 1")
                .param(anna.value())
                .query(UUID.class)
                .optional()
                .map(ResponseId::new)
                .orElseGet(() -> {
                    var response = QuestionnaireResponse.first(
                            ResponseId.random(),
                            anna,
                            Optional.empty(),
                            LocalDate.now(),
                            ResponseSource.PAPER,
                            QuestionnaireAnswers.total(Instrument.ODI, BigDecimal.valueOf(24)),
                            pt,
                            Instant.now(),
                            LocalDate.now());
                    beans.getBean(ResponseRepository.class).submit(response);
                    return response.id();
                });
    }

    private DiaryEntryId annasDiaryLine(PatientId anna) {
        return jdbc.sql("select id from diary_entry where patient_id = ? limit 1")
                .param(anna.value())
                .query(UUID.class)
                .optional()
                .map(DiaryEntryId::new)
                .orElseGet(() -> {
                    var line = new BladderEntry(
                            DiaryEntryId.random(),
                            anna,
                            LocalDate.now(),
                            LocalTime.of(7, 30),
                            Optional.of(250),
                            Optional.empty(),
                            Optional.empty(),
                            false,
                            Instant.now(),
                            Optional.empty());
                    beans.getBean(DiaryRepository.class).add(line);
                    return line.id();
                });
    }

    private ProgramTemplateId clinicTemplate(ClinicId clinic) {
        Optional<UUID> existing = jdbc.sql("select id from program_template where clinic_id = ? limit 1")
                .param(clinic.value())
                .query(UUID.class)
                .optional();
        if (existing.isPresent()) {
            return new ProgramTemplateId(existing.get());
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into program_template (id, clinic_id, name, phase, goals, advice, created_by)
                        select ?, ?, 'Template for access tests', 1, '{}', '{}', id from account where username = ?""").params(id, clinic.value(), DemoClinic.PT.username()).update();
        return new ProgramTemplateId(id);
    }

    private static app.floorplan.core.exercise.Exercise builtIn() {
        return new StandardExerciseLibrary().exercises().getFirst();
    }

    private static Row row(String method, boolean clinical, Attempt attempt) {
        return new Row(method, clinical, attempt);
    }
}
