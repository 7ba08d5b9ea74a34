package app.floorplan.persistence.program;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.program.ProgramItem;
import app.floorplan.core.program.ProgramTemplate;
import app.floorplan.core.program.ProgramTemplateId;
import app.floorplan.core.program.ProgramTemplateRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Program templates in program_template and program_template_item (see V6__exercises_and_programs.sql). Listing a
 * clinic's templates costs two statements whatever their number (templates, then all their items); adding one costs
 * two.
 */
@Repository
class JdbcProgramTemplateRepository implements ProgramTemplateRepository {

    private static final String COLUMNS = "id, clinic_id, name, " + ProgramColumns.HEAD + ", created_by";

    private final JdbcClient jdbc;

    JdbcProgramTemplateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ProgramTemplate> listByClinic(ClinicId clinic) {
        List<StoredTemplate> templates = jdbc.sql(
                        "select " + COLUMNS + " from program_template where clinic_id = ? order by lower(name), id")
                .param(clinic.value())
                .query((rs, row) -> new StoredTemplate(
                        new ProgramTemplateId(rs.getObject("id", UUID.class)),
                        rs.getString("name"),
                        ProgramColumns.head(rs),
                        new AccountId(rs.getObject("created_by", UUID.class))))
                .list();
        if (templates.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ProgramItem>> items = jdbc
                .sql("select i.template_id, i."
                        + ProgramColumns.ITEM.replace(", ", ", i.")
                        + " from program_template_item i join program_template t on t.id = i.template_id"
                        + " where t.clinic_id = ? order by i.template_id, i.position")
                .param(clinic.value())
                .query((rs, row) -> Map.entry(rs.getObject("template_id", UUID.class), ProgramColumns.item(rs)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return templates.stream()
                .map(template -> new ProgramTemplate(
                        template.id(),
                        clinic,
                        template.name(),
                        ProgramColumns.content(
                                template.head(),
                                items.getOrDefault(template.id().value(), List.of())),
                        template.createdBy()))
                .toList();
    }

    @Override
    public void add(ProgramTemplate template) {
        var values = new ArrayList<Object>();
        values.add(template.id().value());
        values.add(template.clinic().value());
        values.add(template.name());
        values.addAll(ProgramColumns.headValues(template.content()));
        values.add(template.createdBy().value());
        jdbc.sql("insert into program_template (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(values)
                .update();
        ProgramColumns.insertItems(
                jdbc,
                "program_template_item",
                "template_id",
                List.of(template.id().value()),
                template.content().items());
    }

    private record StoredTemplate(ProgramTemplateId id, String name, ProgramColumns.Head head, AccountId createdBy) {}
}
