package app.floorplan.ui.audit;

import app.floorplan.core.audit.AuditEntry;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit trail as CSV (RFC 4180, via Apache Commons CSV for quoting). A cell from outside (a user or patient name,
 * an id, an address) that a spreadsheet would run as a formula gets an apostrophe in front, so it opens as text (OWASP
 * "CSV Injection"). The columns FloorPlan writes itself (event number, time, action, outcome) never start that way.
 */
final class AuditCsv {

    static final List<String> HEADER = List.of(
            "Event", "Time (UTC)", "User", "Role", "Action", "Patient", "Patient id", "Record id", "Outcome", "From");

    private AuditCsv() {}

    static void write(List<AuditEntry> entries, Writer out) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(HEADER.toArray(String[]::new))
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (AuditEntry e : entries) {
                printer.printRecord(
                        Long.toString(e.sequence()),
                        AuditText.time(e.occurredAt()),
                        cell(e.actorName()),
                        cell(e.role().map(Role::label)),
                        AuditText.action(e.action()),
                        cell(e.patientName()),
                        cell(e.patient().map(PatientId::toString)),
                        cell(e.record().map(UUID::toString)),
                        AuditText.outcome(e.outcome()),
                        cell(e.sourceAddress()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the audit export", e);
        }
    }

    /** Text starting with what a spreadsheet reads as a formula (= + - @, a tab or a carriage return) gets a leading apostrophe. */
    static String cell(Optional<String> value) {
        String text = value.orElse("");
        boolean formula = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
        return formula ? "'" + text : text;
    }
}
