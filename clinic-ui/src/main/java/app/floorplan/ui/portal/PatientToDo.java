package app.floorplan.ui.portal;

import app.floorplan.core.diary.DiaryRequest;
import app.floorplan.core.diary.MyDiary;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.questionnaire.MyQuestionnaires;
import app.floorplan.core.questionnaire.PendingQuestionnaire;
import app.floorplan.ui.diary.MyDiaryView;
import app.floorplan.ui.outcome.MyProgressView;
import app.floorplan.ui.questionnaire.MyQuestionnaireView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The small block on My plan for what else her physiotherapist asked: "1 questionnaire to fill in" with a link to each,
 * the diary while one runs, and her progress. Reads only what is due (no answers), so it is not audited.
 */
public class PatientToDo {

    private final MyQuestionnaires questionnaires;
    private final MyDiary diary;
    private final ClinicCalendar calendar;

    public PatientToDo(MyQuestionnaires questionnaires, MyDiary diary, ClinicCalendar calendar) {
        this.questionnaires = questionnaires;
        this.diary = diary;
        this.calendar = calendar;
    }

    Component block() {
        Div block = new Div();
        block.addClassName("fp-card");
        block.addClassName("fp-to-do");
        block.setId("to-do");
        List<PendingQuestionnaire> pending = questionnaires.pending();
        if (!pending.isEmpty()) {
            Paragraph count = new Paragraph(
                    pending.size() == 1 ? "1 questionnaire to fill in" : pending.size() + " questionnaires to fill in");
            count.setId("questionnaires-to-fill-in");
            block.add(count);
            pending.forEach(due -> {
                RouterLink link = new RouterLink(
                        (due.started() ? "Continue your " : "Fill in your ")
                                + due.instrument().label(),
                        MyQuestionnaireView.class,
                        new RouteParameters("assignmentId", due.assignment().toString()));
                link.setId("fill-in-" + due.assignment());
                block.add(link);
            });
        }
        LocalDate today = calendar.today();
        Optional<DiaryRequest> asked = diary.currentRequest();
        asked.ifPresent(request -> {
            RouterLink link = new RouterLink(
                    today.isBefore(request.startsOn())
                            ? "Bladder diary: starts " + PortalText.day(request.startsOn())
                            : "Bladder diary: day " + request.dayNumber(today) + " of " + request.days(),
                    MyDiaryView.class);
            link.setId("my-diary-link");
            block.add(link);
        });
        RouterLink progress = new RouterLink("My progress", MyProgressView.class);
        progress.setId("my-progress-link");
        block.add(progress);
        return block;
    }
}
