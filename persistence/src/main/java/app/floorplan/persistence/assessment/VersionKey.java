package app.floorplan.persistence.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** The primary key of an assessment version, which every section row carries too. */
record VersionKey(UUID assessmentId, int revision) {

    static VersionKey of(ResultSet rs) throws SQLException {
        return new VersionKey(rs.getObject("assessment_id", UUID.class), rs.getInt("revision"));
    }
}
