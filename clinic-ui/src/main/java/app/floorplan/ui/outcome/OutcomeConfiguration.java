package app.floorplan.ui.outcome;

import app.floorplan.core.outcome.OutcomeTimelines;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

@Configuration(proxyBeanMethods = false)
@Import(OutcomeTimelines.class)
class OutcomeConfiguration {}
