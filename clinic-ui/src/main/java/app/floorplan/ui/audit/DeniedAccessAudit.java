package app.floorplan.ui.audit;

import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.PatientId;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Optional;
import org.aopalliance.aop.Advice;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.Pointcut;
import org.springframework.aop.PointcutAdvisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every refused use-case call lands in the audit trail as {@code ACCESS_DENIED}: refusals by role
 * ({@code @RolesAllowed}, Spring's {@link AccessDeniedException}) and by record ({@link AccessRefusedException}
 * thrown inside the use case). It wraps the use case outside method security and outside its transaction, and writes
 * in a transaction of its own, so the record of the refusal survives the rollback of the refused call (ASVS 5.0
 * V16.3.2), with the patient the call named. Only the outermost refused call is recorded when use cases call each other.
 */
final class DeniedAccessAudit implements PointcutAdvisor, MethodInterceptor, Ordered {

    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    private final ObjectProvider<AuditTrail> audit;
    private final ObjectProvider<CurrentActor> currentActor;
    private final ObjectProvider<PlatformTransactionManager> transactions;

    DeniedAccessAudit(
            ObjectProvider<AuditTrail> audit,
            ObjectProvider<CurrentActor> currentActor,
            ObjectProvider<PlatformTransactionManager> transactions) {
        this.audit = audit;
        this.currentActor = currentActor;
        this.transactions = transactions;
    }

    @Override
    public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
        int depth = DEPTH.get();
        DEPTH.set(depth + 1);
        try {
            return invocation.proceed();
        } catch (AccessRefusedException | AccessDeniedException refused) {
            if (depth == 0) {
                recordRefusal(patientAskedFor(invocation.getArguments()));
            }
            throw refused;
        } finally {
            if (depth == 0) {
                DEPTH.remove();
            } else {
                DEPTH.set(depth);
            }
        }
    }

    private void recordRefusal(Optional<PatientId> patient) {
        var separate = new TransactionTemplate(transactions.getObject());
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        separate.executeWithoutResult(status -> audit.getObject().recordDenied(actor(), patient));
    }

    private static Optional<PatientId> patientAskedFor(Object[] arguments) {
        return Arrays.stream(arguments)
                .filter(PatientId.class::isInstance)
                .map(PatientId.class::cast)
                .findFirst();
    }

    private Optional<Actor> actor() {
        try {
            return Optional.of(currentActor.getObject().require());
        } catch (AccessRefusedException anonymous) {
            return Optional.empty();
        }
    }

    @Override
    public Pointcut getPointcut() {
        return new ComposablePointcut(AnnotationMatchingPointcut.forMethodAnnotation(RolesAllowed.class))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(PermitAll.class))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(DenyAll.class));
    }

    @Override
    public Advice getAdvice() {
        return this;
    }

    /** Before method security and the transaction, so it sees their refusals after the rollback. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
