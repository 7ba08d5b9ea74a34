package app.floorplan.ui.diary;

import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.diary.DiaryRecords;
import app.floorplan.core.diary.DiaryRepository;
import app.floorplan.core.diary.MyDiary;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.ui.patient.PatientTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DiaryConfiguration {

    @Bean
    MyDiary myDiary(
            DiaryRepository diary,
            PatientRepository patients,
            ClinicCalendar calendar,
            CurrentActor currentActor,
            AuditTrail audit) {
        return new MyDiary(diary, patients, calendar, currentActor, audit);
    }

    @Bean
    DiaryRecords diaryRecords(
            DiaryRepository diary,
            PatientRepository patients,
            ClinicCalendar calendar,
            CurrentActor currentActor,
            AuditTrail audit) {
        return new DiaryRecords(diary, patients, calendar, currentActor, audit);
    }

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
