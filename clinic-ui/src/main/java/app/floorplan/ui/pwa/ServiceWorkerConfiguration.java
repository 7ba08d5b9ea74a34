package app.floorplan.ui.pwa;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link ServiceWorkerScript} on {@code /sw.js}, after Spring Security (which lets everyone fetch it). */
@Configuration(proxyBeanMethods = false)
class ServiceWorkerConfiguration {

    @Bean
    FilterRegistrationBean<ServiceWorkerScript> serviceWorkerScript() {
        var registration = new FilterRegistrationBean<>(new ServiceWorkerScript());
        registration.addUrlPatterns(ServiceWorkerScript.PATH);
        return registration;
    }
}
