package org.ipcollab.cases.sharing.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * 联合执法 — one enforcement action of a lead district (牵头区县) with participating districts: each links its own
 * cases, all write to one shared record, and appraisal results one district records are recognised by the others
 * (结果互认). Every participant must have an agreement in force with the lead that allows {@link SharedEvent#JOINT_ACTION}
 * when the action starts (checked by the use case).
 *
 * @param districts the lead first, then the participants; 2–11 distinct districts
 */
public record JointAction(UUID id, List<String> districts, String title, String description) {
    public JointAction {
        if (districts == null || districts.size() < 2 || districts.size() > 11
                || new LinkedHashSet<>(districts).size() != districts.size()
                || !districts.stream().allMatch(d -> d != null && d.matches("[0-9]{6}"))) {
            throw new IllegalArgumentException("a joint action has a lead and 1 to 10 other distinct districts");
        }
        if (title == null || title.isBlank() || description == null || description.isBlank()) {
            throw new IllegalArgumentException("a joint action has a title and a description");
        }
        districts = List.copyOf(districts);
    }

    public String lead() {
        return districts.get(0);
    }

    public List<String> participants() {
        return districts.subList(1, districts.size());
    }

    public boolean involves(String district) {
        return districts.contains(district);
    }

    /**
     * {@code district} recognises an appraisal recorded by {@code owner}; {@code already} are the districts that did.
     * Refused for the owner itself, a district outside the action, or a second recognition.
     */
    public void requireRecognition(String owner, String district, Set<String> already) {
        if (!involves(district)) {
            throw new IllegalArgumentException("district " + district + " takes no part in this joint action");
        }
        if (owner.equals(district)) {
            throw new SharingRefused("鉴定结果由本区县出具，无需互认 / a district does not recognise its own appraisal");
        }
        if (already.contains(district)) {
            throw new SharingRefused("区县 " + district + " 已认可该鉴定结果 / district " + district
                    + " has already recognised this appraisal");
        }
    }
}
