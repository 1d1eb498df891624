package org.chapterrelations.directory.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A US state or territory code from {@link UsStates}; null passes (use {@code @NotBlank} to require one). */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = UsStateCode.Check.class)
public @interface UsStateCode {

    String message() default "must be a US state or territory code such as CA, DC or PR";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    public class Check implements ConstraintValidator<UsStateCode, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || UsStates.isCode(value);
        }
    }
}
