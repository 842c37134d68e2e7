package org.ipcollab.notification.subscription;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.ipcollab.notification.subscription.domain.Subscription;

/**
 * Every element is a versioned IPCollab CloudEvents type ({@link Subscription#EVENT_TYPE}). One constraint on the list,
 * not one per element, so a violation names the field {@code eventTypes} and quotes the wrong value.
 */
@Documented
@Constraint(validatedBy = ValidEventTypes.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidEventTypes {
    String message() default "each event type must look like org.ipcollab.case.filed.v1";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidEventTypes, List<String>> {
        private static final Pattern EVENT_TYPE = Pattern.compile(Subscription.EVENT_TYPE);

        @Override
        public boolean isValid(List<String> value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            for (int i = 0; i < value.size(); i++) {
                String type = value.get(i);
                if (type == null || !EVENT_TYPE.matcher(type).matches()) {
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate("eventTypes[" + i + "] is not an IPCollab event type"
                            + " like org.ipcollab.case.filed.v1").addConstraintViolation();
                    return false;
                }
            }
            return true;
        }
    }
}
