package app.floorplan.ui.audit;

import app.floorplan.core.audit.AuditChainCheck;
import app.floorplan.core.audit.ChainVerification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar floorplan.jar --floorplan.audit.verify}: verifies the audit chain, prints the result and exits with
 * 0 when the chain is intact, 1 when it is broken. An operator's check with database access, so it runs without a
 * login; the admin's "Verify chain" button runs the same check.
 */
@Component
class AuditChainCommand implements ApplicationRunner {

    static final String OPTION = "floorplan.audit.verify";
    private static final Logger LOG = LoggerFactory.getLogger(AuditChainCommand.class);

    private final AuditChainCheck check;
    private final ConfigurableApplicationContext context;

    AuditChainCommand(AuditChainCheck check, ConfigurableApplicationContext context) {
        this.check = check;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(OPTION)) {
            int code = verify();
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }

    /** Verifies and reports; the exit code for the command. */
    int verify() {
        ChainVerification result = check.verify();
        LOG.info("Audit chain: {}", result.describe());
        return result.intact() ? 0 : 1;
    }
}
