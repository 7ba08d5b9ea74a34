package app.floorplan.ui.error;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every Vaadin session reports failed actions through {@link ActionErrorHandler}. */
@Configuration(proxyBeanMethods = false)
class ErrorHandlingConfiguration {

    @Bean
    VaadinServiceInitListener actionErrorHandling() {
        ActionErrorHandler handler = new ActionErrorHandler();
        return (ServiceInitEvent event) -> event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(handler));
    }
}
