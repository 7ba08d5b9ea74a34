package app.floorplan.ui.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Demo data loads when {@code floorplan.demo-data=true}, or when the property is left empty and no database is
 * configured (the one-command run on the embedded PostgreSQL). A configured server never gets demo data unasked.
 */
class DemoDataWanted implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String flag =
                context.getEnvironment().getProperty("floorplan.demo-data", "").strip();
        if (!flag.isEmpty()) {
            return Boolean.parseBoolean(flag);
        }
        return context.getEnvironment().getProperty("spring.datasource.url", "").isBlank();
    }
}
