package app.floorplan.core.assessment;

/** The sections of one assessment, each assessed with its values or explicitly not assessed. */
public record AssessmentSections(
        Section<PainAtVisitSection> painAtVisit,
        Section<BreathingSection> breathing,
        Section<DeepCoreSection> deepCore,
        Section<PelvicFloorSection> pelvicFloor,
        Section<DiastasisSection> diastasis,
        Section<MobilitySection> mobility,
        Section<CaesareanScarSection> caesareanScar) {

    /** Starts with every section not assessed; set the ones that were. */
    public static Builder builder() {
        return new Builder();
    }

    public boolean anyAssessed() {
        return painAtVisit.isAssessed()
                || breathing.isAssessed()
                || deepCore.isAssessed()
                || pelvicFloor.isAssessed()
                || diastasis.isAssessed()
                || mobility.isAssessed()
                || caesareanScar.isAssessed();
    }

    /** Collects the assessed sections; a section never set stays not assessed. */
    public static final class Builder {
        private Section<PainAtVisitSection> painAtVisit = Section.notAssessed();
        private Section<BreathingSection> breathing = Section.notAssessed();
        private Section<DeepCoreSection> deepCore = Section.notAssessed();
        private Section<PelvicFloorSection> pelvicFloor = Section.notAssessed();
        private Section<DiastasisSection> diastasis = Section.notAssessed();
        private Section<MobilitySection> mobility = Section.notAssessed();
        private Section<CaesareanScarSection> caesareanScar = Section.notAssessed();

        private Builder() {}

        public Builder painAtVisit(PainAtVisitSection values) {
            painAtVisit = Section.assessed(values);
            return this;
        }

        public Builder breathing(BreathingSection values) {
            breathing = Section.assessed(values);
            return this;
        }

        public Builder deepCore(DeepCoreSection values) {
            deepCore = Section.assessed(values);
            return this;
        }

        public Builder pelvicFloor(PelvicFloorSection values) {
            pelvicFloor = Section.assessed(values);
            return this;
        }

        public Builder diastasis(DiastasisSection values) {
            diastasis = Section.assessed(values);
            return this;
        }

        public Builder mobility(MobilitySection values) {
            mobility = Section.assessed(values);
            return this;
        }

        public Builder caesareanScar(CaesareanScarSection values) {
            caesareanScar = Section.assessed(values);
            return this;
        }

        public AssessmentSections build() {
            return new AssessmentSections(
                    painAtVisit, breathing, deepCore, pelvicFloor, diastasis, mobility, caesareanScar);
        }
    }
}
