package org.servicecentre.programme.publicpage;

import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;
import org.servicecentre.programme.ResidentDraft;
import org.servicecentre.programme.TargetGroup;

/**
 * What the sign-up form holds while the resident fills it in; becomes a {@link ResidentDraft} on submit. Public only
 * because the binder reads it by reflection.
 */
public class SignUpFields {

    @Size(max = 60)
    private String displayName = "";
    private String phone = "";
    private Set<TargetGroup> targetGroups = new HashSet<>();
    private boolean agreed;

    ResidentDraft toDraft() {
        return new ResidentDraft(displayName, phone, targetGroups, agreed);
    }

    /** Blank, or digits once spaces, dashes and +86 are dropped, as the service keeps them. */
    static boolean acceptablePhone(String phone) {
        var normalised = new ResidentDraft(null, phone, null, false).phone();
        return normalised == null || normalised.matches("[0-9]{5,15}");
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Set<TargetGroup> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(Set<TargetGroup> targetGroups) {
        this.targetGroups = targetGroups == null ? new HashSet<>() : new HashSet<>(targetGroups);
    }

    public boolean isAgreed() {
        return agreed;
    }

    public void setAgreed(boolean agreed) {
        this.agreed = agreed;
    }
}
