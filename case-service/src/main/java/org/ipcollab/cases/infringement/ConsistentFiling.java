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

import org.ipcollab.cases.infringement.domain.PartyKind;

/**
 * Rules across the fields of a filing, each reported on the field the caller must change: the act fits the IP kind
 * ({@code act}); an organisation has a credit code and no ID number, a person the reverse ({@code infringer.creditCode},
 * {@code infringer.idNumber}); a goods line has a quantity and a price to value it by (法释〔2004〕19号 art 12)
 * ({@code goods[0].quantitySold}, {@code goods[0].actualSalePrice}, {@code goods[0].markedPrice}).
 */
@Documented
@Constraint(validatedBy = {ConsistentFiling.ForRequest.class, ConsistentFiling.ForInfringer.class,
        ConsistentFiling.ForGoods.class})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentFiling {
    String message() default "is not consistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

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

    class ForRequest implements ConstraintValidator<ConsistentFiling, FileCaseRequest> {
        @Override
        public boolean isValid(FileCaseRequest r, ConstraintValidatorContext context) {
            if (r == null || r.act() == null || r.ipKind() == null || r.act().infringes(r.ipKind())) {
                return true;
            }
            return Violations.on(context, "act", "is not an act against " + r.ipKind().labelEn() + " / 该行为不侵犯"
                    + r.ipKind().labelZh());
        }
    }

    class ForInfringer implements ConstraintValidator<ConsistentFiling, FileCaseRequest.InfringerRequest> {
        @Override
        public boolean isValid(FileCaseRequest.InfringerRequest i, ConstraintValidatorContext context) {
            if (i == null || i.kind() == null) {
                return true;
            }
            boolean valid = true;
            if (i.kind() == PartyKind.ORGANISATION) {
                if (i.creditCode() == null) {
                    valid = Violations.on(context, "creditCode",
                            "is required for an organisation / 单位须填写统一社会信用代码");
                }
                if (i.idNumber() != null) {
                    valid = Violations.on(context, "idNumber",
                            "must be absent for an organisation / 单位不填写公民身份号码");
                }
            } else {
                if (i.idNumber() == null) {
                    valid = Violations.on(context, "idNumber",
                            "is required for a natural person / 自然人须填写公民身份号码");
                }
                if (i.creditCode() != null) {
                    valid = Violations.on(context, "creditCode",
                            "must be absent for a natural person / 自然人不填写统一社会信用代码");
                }
            }
            return valid;
        }
    }

    class ForGoods implements ConstraintValidator<ConsistentFiling, FileCaseRequest.GoodsRequest> {
        @Override
        public boolean isValid(FileCaseRequest.GoodsRequest g, ConstraintValidatorContext context) {
            if (g == null) {
                return true;
            }
            if (g.sold() == 0 && g.unsold() == 0) {
                return Violations.on(context, "quantitySold",
                        "a goods line needs a quantity sold or unsold / 须填写已销售或未销售数量");
            }
            boolean valid = true;
            if (g.sold() > 0 && g.actualSalePrice() == null && g.genuineMarketMidPrice() == null) {
                valid = Violations.on(context, "actualSalePrice", "sold goods need their actual sale price, or else the "
                        + "genuine product's market mid-price / 已销售的须填写实际销售价格或被侵权产品市场中间价格");
            }
            if (g.unsold() > 0 && g.markedPrice() == null && g.averageActualSalePrice() == null
                    && g.genuineMarketMidPrice() == null) {
                valid = Violations.on(context, "markedPrice", "unsold goods need a marked price, an average actual sale "
                        + "price or the genuine product's market mid-price / 未销售的须填写标价、实际销售平均价格或市场中间价格");
            }
            return valid;
        }
    }
}
