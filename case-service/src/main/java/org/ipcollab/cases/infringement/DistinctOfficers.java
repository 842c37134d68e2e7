package org.ipcollab.cases.infringement;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.ipcollab.cases.infringement.domain.CaseParticulars;

/** 承办人 — at least two distinct handling officers (SAMR procedure rules: 执法人员不得少于两人). */
@Documented
@Constraint(validatedBy = DistinctOfficers.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface DistinctOfficers {
    String message() default "needs at least two distinct handling officers / 承办人不得少于两人";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DistinctOfficers, List<String>> {
        @Override
        public boolean isValid(List<String> value, ConstraintValidatorContext context) {
            return value == null || value.stream().filter(Objects::nonNull).map(String::strip)
                    .filter(s -> !s.isEmpty()).distinct().count() >= CaseParticulars.MIN_OFFICERS;
        }
    }
}
