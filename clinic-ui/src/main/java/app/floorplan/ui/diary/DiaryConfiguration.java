package app.floorplan.ui.diary;

import app.floorplan.core.diary.DiaryRecords;
import app.floorplan.core.diary.MyDiary;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.ui.patient.PatientTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

@Configuration(proxyBeanMethods = false)
@Import({MyDiary.class, DiaryRecords.class})
class DiaryConfiguration {

    @Bean
    PatientTab diaryTab(DiaryRecords records, ClinicCalendar calendar) {
        return new PatientTab() {
            @Override
            public int order() {
                return 37;
            }

            @Override
            public String label() {
                return "Diary";
            }

            @Override
            public com.vaadin.flow.component.Component content(app.floorplan.core.identity.PatientId patient) {
                return new DiaryPanel(patient, records, calendar);
            }
        };
    }
}
