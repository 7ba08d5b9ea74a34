package app.floorplan.ui.form;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clinic's date format for every date field ({@code floorplan.clinic.date-format}). */
@Configuration(proxyBeanMethods = false)
class FormConfiguration {

    @Bean
    ClinicDateFormat clinicDateFormat(
            @Value("${floorplan.clinic.date-format:" + ClinicDateFormat.DEFAULT + "}") String pattern) {
        return new ClinicDateFormat(pattern);
    }
}
