package app.floorplan;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the browserless UI tests before the tests that start the server on a port. Each Spring application that starts
 * installs Vaadin's security-context strategy for the whole JVM; a browserless test that reuses its cached context
 * after a server test started another one logs in through the wrong strategy and lands on the login view.
 */
public class BrowserlessTestsFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors()
                .sort(Comparator.comparingInt(BrowserlessTestsFirst::group)
                        .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    private static int group(ClassDescriptor descriptor) {
        if (descriptor.isAnnotated(FloorPlanAppTest.class)) {
            return 0;
        }
        return descriptor.isAnnotated(FloorPlanServerTest.class) ? 2 : 1;
    }
}
