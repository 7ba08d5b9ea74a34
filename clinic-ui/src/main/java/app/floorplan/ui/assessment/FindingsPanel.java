package app.floorplan.ui.assessment;

import app.floorplan.core.assessment.AssessmentFindings;
import app.floorplan.core.assessment.Finding;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * What an assessment shows, each finding with its reason (value, limit and source), and what was not assessed or, in
 * the internal exam, not tested, so "no findings" is never read as "normal".
 */
final class FindingsPanel extends VerticalLayout {

    FindingsPanel(AssessmentFindings findings) {
        setPadding(false);
        setSpacing(false);
        setId("assessment-findings");
        add(new H3("Findings"));
        UnorderedList list = new UnorderedList();
        list.setId("finding-list");
        for (Finding finding : findings.findings()) {
            Span kind = new Span(finding.kind().label() + ": ");
            kind.getStyle().set("font-weight", "600");
            list.add(new ListItem(kind, new Span(finding.reason())));
        }
        if (findings.findings().isEmpty()) {
            list.add(new ListItem("No findings in the assessed parts."));
        }
        add(list);
        Paragraph notAssessed = new Paragraph();
        notAssessed.setId("not-assessed");
        notAssessed.setText(
                findings.notAssessed().isEmpty()
                        ? "Every part was assessed."
                        : "Not assessed (no finding means unknown, not normal): "
                                + AssessmentText.notAssessed(findings));
        add(notAssessed);
        if (!findings.notTested().isEmpty()) {
            Paragraph notTested =
                    new Paragraph("Internal exam, not tested (no finding there means unknown, not normal): "
                            + AssessmentText.notTested(findings));
            notTested.setId("not-tested");
            add(notTested);
        }
    }
}
