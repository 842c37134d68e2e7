package org.ipcollab.cases.infringement;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.ipcollab.cases.infringement.domain.ResidentIdNumber;

/** The value is an 18-character resident ID number with a right GB 11643 check character and birth date. */
@Documented
@Constraint(validatedBy = ValidResidentIdNumber.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidResidentIdNumber {
    // the message never echoes the value: it is personal information
    String message() default "is not a valid resident ID number (GB 11643 check character and birth date) / 公民身份号码校验错误";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidResidentIdNumber, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || ResidentIdNumber.isValid(value);
        }
    }
}
