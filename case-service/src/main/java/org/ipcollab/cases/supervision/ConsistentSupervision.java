package org.ipcollab.cases.supervision;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.ipcollab.cases.supervision.domain.Consultation;

/**
 * Rules across the fields of a supervision or consultation request, each reported on the field to change: supervising
 * departments are distinct ({@code supervisingDepartments}) and the lead is one of them ({@code leadDepartment}); a
 * consultation has participants of at least two departments ({@code participants}) and no follow-up is due before the
 * day it was held, Beijing time ({@code followUps[i].dueDate}). That the case's own department is not among the
 * supervising ones needs the case, so {@link MarkCaseMajor} checks it.
 */
@Documented
@Constraint(validatedBy = {ConsistentSupervision.ForMarking.class, ConsistentSupervision.ForConsultation.class})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentSupervision {
    String message() default "is not consistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class ForMarking implements ConstraintValidator<ConsistentSupervision, MarkMajorRequest> {
        @Override
        public boolean isValid(MarkMajorRequest r, ConstraintValidatorContext context) {
            if (r == null || r.supervisingDepartments() == null) {
                return true;
            }
            boolean valid = true;
            Set<String> seen = new HashSet<>();
            for (String d : r.supervisingDepartments()) {
                if (d != null && !seen.add(d)) {
                    valid = Violations.on(context, "supervisingDepartments", "names " + d + " twice / 督办部门 " + d + " 重复");
                    break;
                }
            }
            if (r.leadDepartment() != null && !seen.contains(r.leadDepartment())) {
                valid = Violations.on(context, "leadDepartment",
                        "must be one of the supervising departments / 牵头部门须为督办部门之一");
            }
            return valid;
        }
    }

    class ForConsultation implements ConstraintValidator<ConsistentSupervision, ConsultationRequest> {
        private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

        @Override
        public boolean isValid(ConsultationRequest r, ConstraintValidatorContext context) {
            if (r == null) {
                return true;
            }
            boolean valid = true;
            if (r.participants() != null && r.participants().stream().filter(Objects::nonNull)
                    .map(ConsultationRequest.ParticipantRequest::departmentId).filter(Objects::nonNull).distinct()
                    .count() < Consultation.MIN_DEPARTMENTS) {
                valid = Violations.on(context, "participants", "need at least " + Consultation.MIN_DEPARTMENTS
                        + " distinct departments / 参会部门不得少于" + Consultation.MIN_DEPARTMENTS + "个");
            }
            if (r.heldAt() != null && r.followUps() != null) {
                LocalDate held = r.heldAt().atZone(BEIJING).toLocalDate();
                for (int i = 0; i < r.followUps().size(); i++) {
                    ConsultationRequest.FollowUpRequest f = r.followUps().get(i);
                    if (f != null && f.dueDate() != null && f.dueDate().isBefore(held)) {
                        context.disableDefaultConstraintViolation();
                        context.buildConstraintViolationWithTemplate("must not be before the day of the consultation"
                                + " (" + held + ", Beijing time) / 完成期限不能早于会商日期")
                                .addPropertyNode("followUps").addPropertyNode("dueDate").inIterable().atIndex(i)
                                .addConstraintViolation();
                        valid = false;
                    }
                }
            }
            return valid;
        }
    }

    /** Reports a violation on one field of the validated object; always false. */
    final class Violations {
        private Violations() {
        }

        static boolean on(ConstraintValidatorContext context, String field, String message) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
