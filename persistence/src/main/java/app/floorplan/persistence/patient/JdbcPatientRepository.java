package app.floorplan.persistence.patient;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.patient.AssignablePt;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientDetails;
import app.floorplan.core.patient.PatientListItem;
import app.floorplan.core.patient.PatientQuery;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.patient.PossibleDuplicate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPatientRepository implements PatientRepository {

    /** Name order rows a name search reads from the covering name index before it asks the trigram index instead. */
    private static final int WALK_ROWS = 1_000;

    /** At most this many matches are collected and sorted; more matches mean they are dense enough to walk to. */
    private static final int SORT_CAP = 3_000;

    /**
     * One statement, three ways to the same page, tried in order of cost (PostgreSQL cannot estimate how many names
     * contain a typed fragment, so the statement finds out as it goes; each branch runs only if the ones before it
     * could not answer). Used for a date of birth and phone digits; a part of a name takes {@link #NAME_PART}:
     *
     * <ol>
     *   <li>{@code walk}: the first rows of the clinic in name order, read from the covering name index alone; enough
     *       when the matches are common (most searches: a common name or its start);
     *   <li>{@code capped}: the matches collected through their own index (date or phone), sorted here when there
     *       are at most {@link #SORT_CAP} of them;
     *   <li>otherwise: walk the whole clinic in name order until the page is full.
     * </ol>
     *
     * Materialized CTEs are read on demand, so a limit outside one stops the scan inside it, and each CTE hides its
     * limit from the planner, which would otherwise walk the name index for the rare matches as well.
     */
    private static final String SEARCH = """
            with walk as materialized (
                     select p.id, p.family_name, p.given_name
                     from (select * from patient where clinic_id = :clinic
                           order by family_name, given_name, id limit :walkRows) p
                     where %1$s
                     order by p.family_name, p.given_name, p.id limit :offset + :limit),
                 walked as (select count(*) = :offset + :limit as enough from walk),
                 matches as materialized (%2$s),
                 capped as materialized (select * from matches limit :sortCap + 1),
                 few as (select count(*) <= :sortCap as sortable from capped),
                 page as (
                     (select id from walk where (select enough from walked)
                      order by family_name, given_name, id offset :offset limit :limit)
                     union all
                     (select id from capped where not (select enough from walked) and (select sortable from few)
                      order by family_name, given_name, id offset :offset limit :limit)
                     union all
                     (select p.id from patient p
                      where %1$s and not (select enough from walked) and not (select sortable from few)
                      order by p.family_name, p.given_name, p.id offset :offset limit :limit))
            select p.id, p.given_name, p.family_name, p.date_of_birth, p.phone, p.archived,
                   p.latest_delivery_date, p.unresolved_red_flags + p.unresolved_visit_red_flags as unresolved_red_flags, p.last_assessment_date,
                   pt.display_name as pt_name
            from page join patient p on p.id = page.id left join account pt on pt.id = p.assigned_pt_id
            order by p.family_name, p.given_name, p.id""";

    /**
     * Part of a name, 3+ letters (V35, V36). After the same first walk as {@link #SEARCH} (enough when the matches are
     * common), the clinic's distinct names that can hold it come from two small dictionaries, and the page is the
     * merge of
     *
     * <ul>
     *   <li>{@code by_family}: the patients whose family name contains the fragment or, for a fragment with a space,
     *       starts with what follows a space (the fragment spans the given and the family name; {@link
     *       #SPANNING_CHECK}), read in name order from the name index ({@code family_name = any(...)} keeps index order
     *       in PostgreSQL 17), at most a page: a family name late in the alphabet costs no more than an early one;
     *   <li>{@code by_given}: the patients whose given name contains the fragment, from the covering given-name
     *       index, sorted here when the dictionary counts at most {@link #SORT_CAP} patients with those given names.
     *       More are spread over the whole name order (a given name says nothing about the family name), so walking
     *       the name order from its start fills the page quickly instead. The count only chooses the way: both list
     *       exactly the matches.
     * </ul>
     *
     * The walk is a subquery ordered by the name index: the planner cannot estimate how many names contain a fragment
     * and, left to itself, collected every match through the trigram index and sorted them (tens of thousands of
     * table rows for "mart" among a million patients).
     */
    private static final String NAME_PART = """
            with walk as materialized (
                     select p.id, p.family_name, p.given_name
                     from (select * from patient where clinic_id = :clinic
                           order by family_name, given_name, id limit :walkRows) p
                     where %1$s
                     order by p.family_name, p.given_name, p.id limit :offset + :limit),
                 walked as (select count(*) = :offset + :limit as enough from walk),
                 families as materialized (
                     select coalesce(array_agg(family_name), '{}') as names from patient_family_name
                     where clinic_id = :clinic and (search_family like fp_fold(:name)%3$s)),
                 givens as materialized (
                     select coalesce(array_agg(given_name), '{}') as names, coalesce(sum(patients), 0) <= :sortCap as sortable
                     from patient_given_name
                     where clinic_id = :clinic and search_given like fp_fold(:name)),
                 by_family as materialized (
                     select p.id, p.family_name, p.given_name from patient p
                     where %2$s%4$s and p.family_name = any((select names from families)::text[])
                     order by p.family_name, p.given_name, p.id limit :offset + :limit),
                 by_given as materialized (
                     select p.id, p.family_name, p.given_name from patient p
                     where %2$s and p.given_name = any((select names from givens)::text[])),
                 page as (
                     (select id from walk where (select enough from walked)
                      order by family_name, given_name, id offset :offset limit :limit)
                     union all
                     (select id from (select * from by_family union select * from by_given) named
                      where not (select enough from walked) and (select sortable from givens)
                      order by family_name, given_name, id offset :offset limit :limit)
                     union all
                     (select p.id from (select * from patient where clinic_id = :clinic
                                        order by family_name, given_name, id offset 0) p
                      where %1$s and not (select enough from walked) and not (select sortable from givens)
                      order by p.family_name, p.given_name, p.id offset :offset limit :limit))
            select p.id, p.given_name, p.family_name, p.date_of_birth, p.phone, p.archived,
                   p.latest_delivery_date, p.unresolved_red_flags + p.unresolved_visit_red_flags as unresolved_red_flags, p.last_assessment_date,
                   pt.display_name as pt_name
            from page join patient p on p.id = page.id left join account pt on pt.id = p.assigned_pt_id
            order by p.family_name, p.given_name, p.id""";

    /**
     * The patients of a family name read for a fragment with a space are checked against the whole fragment: the name
     * may only start with what follows the space. Without a space every dictionary name contains the fragment, and its
     * patients need no check. Checking every patient misled the planner at a million patients: for "che" (1,217
     * family names) it combined the check's trigram index with the name index and sorted 13,400 table rows (12,500
     * buffers) instead of reading a page in name order (650). Written as an expression, the check cannot use the
     * trigram index.
     */
    private static final String SPANNING_CHECK = " and (p.search_name || '') like fp_fold(:name)";

    /**
     * One or two typed letters: the patients whose given or family name starts with them. Each of the four start
     * indexes (V13) keeps the patients with the same first one or two folded letters in name order, so each branch
     * reads at most a page from the start of its range, and the page is the merge of the branches; a patient whose
     * given and family name both start with the letters is listed once. Letters that fold to more than two (a
     * ligature such as "ß") use the two-letter index and check the rest; for exactly two letters that check is planned
     * away, so the planner never trades the ordered index for a LIKE it cannot estimate.
     */
    private static final String NAME_START_BRANCH = """
            (select p.id, p.family_name, p.given_name from patient p
             where %1$s and length(fp_fold(:typed)) = 1 and left(p.%2$s, 1) = fp_fold(:typed)
             order by p.family_name, p.given_name, p.id limit :offset + :limit)
            union all
            (select p.id, p.family_name, p.given_name from patient p
             where %1$s and length(fp_fold(:typed)) > 1 and left(p.%2$s, 2) = left(fp_fold(:typed), 2)
                   and (length(fp_fold(:typed)) = 2 or p.%2$s like fp_fold(:start))
             order by p.family_name, p.given_name, p.id limit :offset + :limit)""";

    /** The given-name branches ({@code search_name} starts with the given name) and the family-name branches. */
    private static String nameStartBranches(String where) {
        return NAME_START_BRANCH.formatted(where, "search_name")
                + "\nunion all\n"
                + NAME_START_BRANCH.formatted(where, "search_family");
    }

    private static final String NAME_START = """
            with page as (
                select id, family_name, given_name from (%s) starts
                group by id, family_name, given_name
                order by family_name, given_name, id offset :offset limit :limit)
            select p.id, p.given_name, p.family_name, p.date_of_birth, p.phone, p.archived,
                   p.latest_delivery_date, p.unresolved_red_flags + p.unresolved_visit_red_flags as unresolved_red_flags, p.last_assessment_date,
                   pt.display_name as pt_name
            from page join patient p on p.id = page.id left join account pt on pt.id = p.assigned_pt_id
            order by p.family_name, p.given_name, p.id""";

    /** Everyone in the clinic: walk the name index and stop after one page. */
    private static final String EVERYONE = """
            select p.id, p.given_name, p.family_name, p.date_of_birth, p.phone, p.archived,
                   p.latest_delivery_date, p.unresolved_red_flags + p.unresolved_visit_red_flags as unresolved_red_flags, p.last_assessment_date,
                   pt.display_name as pt_name
            from patient p left join account pt on pt.id = p.assigned_pt_id
            where %s
            order by p.family_name, p.given_name, p.id
            offset :offset limit :limit""";

    private final JdbcClient jdbc;

    JdbcPatientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PatientListItem> search(ClinicId clinic, PatientQuery query, int offset, int limit) {
        Filter filter = Filter.of(clinic, query);
        String sql =
                switch (filter.shape()) {
                    case EVERYONE -> EVERYONE.formatted(filter.where());
                    case NAME_START -> NAME_START.formatted(nameStartBranches(filter.where()));
                    case NAME_PART ->
                        NAME_PART.formatted(
                                filter.where(),
                                filter.base(),
                                filter.familyNames(),
                                filter.familyNames().isEmpty() ? "" : SPANNING_CHECK);
                    case FEW -> SEARCH.formatted(filter.where(), filter.matches());
                };
        return jdbc.sql(sql)
                .params(filter.params())
                // a date or phone search is not walked: its matches are few and its columns are not in the name index
                .param("walkRows", filter.shape() == Shape.FEW ? 0 : WALK_ROWS)
                .param("sortCap", SORT_CAP)
                .param("offset", offset)
                .param("limit", limit)
                .query(JdbcPatientRepository::listItem)
                .list();
    }

    @Override
    public boolean anyMatch(ClinicId clinic, PatientQuery query) {
        Filter filter = Filter.of(clinic, query);
        String sql = filter.shape() == Shape.NAME_START
                ? "select exists (select 1 from (" + nameStartBranches(filter.where()) + ") starts)"
                : "select exists (select 1 from patient p where " + filter.where() + ")";
        return jdbc.sql(sql)
                .params(filter.params())
                .param("offset", 0)
                .param("limit", 1)
                .query(Boolean.class)
                .single();
    }

    @Override
    public Optional<Patient> findById(PatientId id) {
        return jdbc.sql("""
                        select id, clinic_id, given_name, family_name, date_of_birth, phone, email,
                               preferred_language, assigned_pt_id, notes, archived, version
                        from patient where id = ?""")
                .param(id.value())
                .query(JdbcPatientRepository::patient)
                .optional();
    }

    @Override
    public void add(Patient p) {
        PatientDetails d = p.details();
        jdbc.sql("""
                        insert into patient (id, clinic_id, given_name, family_name, date_of_birth, phone, email,
                                             preferred_language, assigned_pt_id, notes, archived, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        p.id().value(),
                        p.clinicId().value(),
                        d.givenName(),
                        d.familyName(),
                        d.dateOfBirth(),
                        d.phone().orElse(null),
                        d.email().orElse(null),
                        d.preferredLanguage(),
                        d.assignedPt().map(AccountId::value).orElse(null),
                        d.notes(),
                        p.archived())
                .update();
    }

    @Override
    public boolean update(Patient p) {
        PatientDetails d = p.details();
        return jdbc.sql("""
                        update patient set given_name = ?, family_name = ?, date_of_birth = ?, phone = ?, email = ?,
                                           preferred_language = ?, assigned_pt_id = ?, notes = ?, archived = ?,
                                           version = version + 1
                        where id = ? and version = ?""")
                        .params(
                                d.givenName(),
                                d.familyName(),
                                d.dateOfBirth(),
                                d.phone().orElse(null),
                                d.email().orElse(null),
                                d.preferredLanguage(),
                                d.assignedPt().map(AccountId::value).orElse(null),
                                d.notes(),
                                p.archived(),
                                p.id().value(),
                                p.version())
                        .update()
                == 1;
    }

    @Override
    public List<PossibleDuplicate> sameNameAndBirthDate(
            ClinicId clinic, String givenName, String familyName, LocalDate born) {
        return jdbc.sql("""
                        select id, given_name, family_name, date_of_birth, archived from patient
                        where clinic_id = ? and date_of_birth = ?
                          and fp_fold(given_name) = fp_fold(?) and fp_fold(family_name) = fp_fold(?)
                        order by family_name, given_name""")
                .params(clinic.value(), born, givenName, familyName)
                .query((rs, n) -> new PossibleDuplicate(
                        new PatientId(rs.getObject("id", UUID.class)),
                        rs.getString("given_name") + " " + rs.getString("family_name"),
                        rs.getObject("date_of_birth", LocalDate.class),
                        rs.getBoolean("archived")))
                .list();
    }

    @Override
    public List<AssignablePt> assignablePts(ClinicId clinic) {
        return jdbc.sql(
                        "select id, display_name from account where clinic_id = ? and role = 'PT' and enabled order by display_name")
                .param(clinic.value())
                .query((rs, n) ->
                        new AssignablePt(new AccountId(rs.getObject("id", UUID.class)), rs.getString("display_name")))
                .list();
    }

    private static PatientListItem listItem(ResultSet rs, int row) throws SQLException {
        return new PatientListItem(
                new PatientId(rs.getObject("id", UUID.class)),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                Optional.ofNullable(rs.getString("phone")),
                Optional.ofNullable(rs.getString("pt_name")),
                rs.getBoolean("archived"),
                Optional.ofNullable(rs.getObject("latest_delivery_date", LocalDate.class)),
                rs.getInt("unresolved_red_flags"),
                Optional.ofNullable(rs.getObject("last_assessment_date", LocalDate.class)));
    }

    private static Patient patient(ResultSet rs, int row) throws SQLException {
        UUID pt = rs.getObject("assigned_pt_id", UUID.class);
        PatientDetails details = new PatientDetails(
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                Optional.ofNullable(rs.getString("phone")),
                Optional.ofNullable(rs.getString("email")),
                rs.getString("preferred_language"),
                Optional.ofNullable(pt).map(AccountId::new),
                rs.getString("notes"));
        return new Patient(
                new PatientId(rs.getObject("id", UUID.class)),
                new ClinicId(rs.getObject("clinic_id", UUID.class)),
                details,
                rs.getBoolean("archived"),
                rs.getLong("version"));
    }

    /** Which statement answers a search. */
    private enum Shape {
        /** No text: the clinic in name order. */
        EVERYONE,
        /** One or two letters: given- or family-name starts, read in name order from the start indexes. */
        NAME_START,
        /**
         * Part of a name, 3+ letters: walked in name order when common, else the patients with a given or family name
         * that can hold it, found through the clinic's distinct names.
         */
        NAME_PART,
        /** A date of birth or phone digits: few matches, collected through their index and sorted. */
        FEW
    }

    /**
     * The where clause for a search, with its named parameters; user text only ever travels as a parameter. {@code
     * base} is the clinic and archive filter alone; {@code matches} selects every match through the index that finds
     * it. For {@link Shape#NAME_START} the where clause is the base only; the letters are matched by
     * {@link #NAME_START_BRANCH}. For {@link Shape#NAME_PART}, {@code familyNames} widens the family dictionary
     * look-up for a fragment with spaces (see {@link #spanning}).
     */
    private record Filter(
            String base, String where, String matches, Map<String, Object> params, Shape shape, String familyNames) {

        // pg_trgm needs three characters to use its index; shorter input matches name starts instead
        private static final int TRIGRAM_MIN = 3;

        private static final String MATCH_COLUMNS = "select p.id, p.family_name, p.given_name from patient p where ";

        static Filter of(ClinicId clinic, PatientQuery query) {
            var params = new HashMap<String, Object>();
            params.put("clinic", clinic.value());
            String base = "p.clinic_id = :clinic" + (query.includeArchived() ? "" : " and not p.archived");
            return switch (PatientSearchTerm.read(query.text())) {
                case PatientSearchTerm.Everyone e ->
                    new Filter(base, base, MATCH_COLUMNS + base, params, Shape.EVERYONE, "");
                case PatientSearchTerm.BornOn b -> {
                    params.put("dob", b.date());
                    yield matchedBy(base, " and p.date_of_birth = :dob", params, Shape.FEW);
                }
                case PatientSearchTerm.PhoneDigits d -> {
                    params.put("digits", "%" + likeEscaped(d.digits()) + "%");
                    yield matchedBy(base, " and p.phone_digits like :digits", params, Shape.FEW);
                }
                case PatientSearchTerm.NamePart n
                when n.text().length() < TRIGRAM_MIN -> {
                    params.put("typed", n.text());
                    params.put("start", likeEscaped(n.text()) + "%");
                    yield new Filter(base, base, MATCH_COLUMNS + base, params, Shape.NAME_START, "");
                }
                case PatientSearchTerm.NamePart n -> {
                    params.put("name", "%" + likeEscaped(n.text()) + "%");
                    String where = base + " and p.search_name like fp_fold(:name)";
                    yield new Filter(
                            base, where, MATCH_COLUMNS + where, params, Shape.NAME_PART, spanning(n.text(), params));
                }
            };
        }

        /**
         * A fragment with a space may lie inside one name (the dictionaries find that name: it contains the fragment)
         * or span the space between the given and the family name ({@code search_name} is both, folded, with one
         * space between). For each space it could span, the family name starts with what follows it (something does:
         * {@link PatientQuery} strips the text): the family dictionary adds those names, and the patients read from
         * them are checked against the whole fragment.
         */
        private static String spanning(String text, Map<String, Object> params) {
            StringBuilder familyNames = new StringBuilder();
            int split = 0;
            for (int space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', space + 1), split++) {
                params.put("familyStart" + split, likeEscaped(text.substring(space + 1)) + "%");
                familyNames
                        .append(" or search_family like fp_fold(:familyStart")
                        .append(split)
                        .append(')');
            }
            return familyNames.toString();
        }

        private static Filter matchedBy(String base, String condition, Map<String, Object> params, Shape shape) {
            String where = base + condition;
            return new Filter(base, where, MATCH_COLUMNS + where, params, shape, "");
        }

        private static String likeEscaped(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
