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
        return PatientTab.of(37, "Diary", patient -> new DiaryPanel(patient, records, calendar));
    }
}
