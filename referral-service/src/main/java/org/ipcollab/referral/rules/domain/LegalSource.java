package org.ipcollab.referral.rules.domain;

/**
 * Where a rule comes from, named as DOMAIN.md cites it.
 *
 * @param law     the instrument, e.g. {@code SAMR rules}
 * @param article the article or item, e.g. {@code art 18}; {@code null} when none is cited
 */
public record LegalSource(String law, String article) {
    public LegalSource {
        if (law == null || law.isBlank()) {
            throw new IllegalArgumentException("a legal source names its law");
        }
        if (article != null && article.isBlank()) {
            article = null;
        }
    }

    @Override
    public String toString() {
        return article == null ? law : law + " " + article;
    }
}
