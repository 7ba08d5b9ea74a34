package app.floorplan.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.intake.AggravatingActivity;
import app.floorplan.core.intake.DeliveryMode;
import app.floorplan.core.intake.Feeding;
import app.floorplan.core.intake.PainCharacter;
import app.floorplan.core.intake.PainSite;
import app.floorplan.core.intake.PerinealTrauma;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RedFlagConcern;
import app.floorplan.core.intake.RedFlagOutcome;
import java.util.Arrays;
import java.util.HashSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LabelsTest {

    static Stream<Class<? extends Enum<?>>> choices() {
        return Stream.of(
                AboveUmbilicusOffset.class,
                BelowUmbilicusOffset.class,
                BreathingPattern.class,
                ChangeSize.class,
                Direction.class,
                DomingTask.class,
                FindingArea.class,
                FindingKind.class,
                InternalExamItem.class,
                IrdCondition.class,
                IrdMethod.class,
                IrdSite.class,
                IrdUnit.class,
                LineaAlbaTension.class,
                MeasureKind.class,
                MobilityGrade.class,
                PelvicCompressionEffect.class,
                PelvicFloorRelaxation.class,
                PelvicFloorSymptom.class,
                PelvicFloorTone.class,
                PostureObservation.class,
                RibExpansion.class,
                ScarMobility.class,
                ScarSensitivity.class,
                TvaActivation.class,
                AggravatingActivity.class,
                DeliveryMode.class,
                Feeding.class,
                PainCharacter.class,
                PainSite.class,
                PerinealTrauma.class,
                RedFlag.class,
                RedFlagConcern.class,
                RedFlagOutcome.class);
    }

    @ParameterizedTest
    @MethodSource("choices")
    void every_choice_a_form_offers_has_its_own_plain_english_label(Class<? extends Enum<?>> choice) throws Exception {
        var label = choice.getMethod("label");
        var labels = new HashSet<String>();
        for (var constant : choice.getEnumConstants()) {
            var text = (String) label.invoke(constant);
            assertThat(text).as(constant.name()).isNotBlank().doesNotContain("_");
            labels.add(text);
        }
        assertThat(labels)
                .as("distinct labels")
                .hasSize(Arrays.asList(choice.getEnumConstants()).size());
    }
}
