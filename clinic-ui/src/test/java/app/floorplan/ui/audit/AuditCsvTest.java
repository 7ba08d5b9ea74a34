package app.floorplan.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditEntry;
import app.floorplan.core.audit.AuditOutcome;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void a_name_a_spreadsheet_would_run_as_a_formula_is_written_as_text() throws Exception {
        var patient = PatientId.random();
        var entry = new AuditEntry(
                42,
                Instant.parse("2026-11-22T10:15:30Z"),
                Optional.of("=HYPERLINK(\"http://evil.example\",\"click\")"),
                Optional.of(Role.PT),
                AuditAction.PATIENT_VIEWED,
                Optional.of(patient),
                Optional.of("@Berg, \"Anna\"\nsecond line"),
                Optional.empty(),
                AuditOutcome.DENIED,
                Optional.of("-203.0.113.1"));
        var out = new StringWriter();

        AuditCsv.write(List.of(entry), out);

        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(out.toString()))
                .getRecords();
        assertThat(records).hasSize(1);
        CSVRecord row = records.getFirst();
        assertThat(row.get("Event")).isEqualTo("42");
        assertThat(row.get("Time (UTC)")).isEqualTo("2026-11-22 10:15:30 UTC");
        assertThat(row.get("User")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(row.get("Role")).isEqualTo("Physical therapist");
        assertThat(row.get("Action")).isEqualTo("Patient viewed");
        assertThat(row.get("Patient")).isEqualTo("'@Berg, \"Anna\"\nsecond line");
        assertThat(row.get("Patient id")).isEqualTo(patient.toString());
        assertThat(row.get("Record id")).isEmpty();
        assertThat(row.get("Outcome")).isEqualTo("Refused");
        assertThat(row.get("From")).isEqualTo("'-203.0.113.1");
    }

    @Test
    void plain_text_stays_as_it_is() {
        assertThat(AuditCsv.cell(Optional.of("Anna Berg"))).isEqualTo("Anna Berg");
        assertThat(AuditCsv.cell(Optional.empty())).isEmpty();
    }

    @Test
    void a_phone_number_with_a_leading_plus_opens_as_text_not_as_a_sum() {
        assertThat(AuditCsv.cell(Optional.of("+46 70"))).isEqualTo("'+46 70");
    }
}
