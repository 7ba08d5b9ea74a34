package app.floorplan.persistence.program;

import app.floorplan.core.program.HomeProgramVersion;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Lets tests of other tables store a home program through the real repository. */
public final class ProgramFixtures {

    private final JdbcHomeProgramRepository programs;

    public ProgramFixtures(JdbcClient jdbc) {
        this.programs = new JdbcHomeProgramRepository(jdbc);
    }

    public void add(HomeProgramVersion first) {
        programs.add(first);
    }
}
