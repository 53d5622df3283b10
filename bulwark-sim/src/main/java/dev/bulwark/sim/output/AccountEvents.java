package dev.bulwark.sim.output;

import dev.bulwark.sim.population.Account;
import dev.bulwark.sim.population.Entity;
import dev.bulwark.sim.population.Region;
import dev.bulwark.sim.population.Seller;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Emits onboarding, login, profile and KYC events with the fields the catalogue defines. */
public final class AccountEvents {
    private final Emitter out;

    /** Account events written through {@code out}. */
    public AccountEvents(Emitter out) {
        this.out = out;
    }

    /** {@code account.registered}. */
    public String registered(Account a, Session s, @Nullable String promo, @Nullable Account referrer, Tag tag) {
        return out.begin("account.registered", tag, a).ent("account_id", a).str("account_type", a.kind())
                .ent("email", a.email).ent("phone", a.phone).ent("device_id", s.device()).ent("ip", s.ip())
                .str("region", a.region.name()).str("promo_code", promo)
                .str("referrer_id", referrer == null ? null : referrer.id).emit();
    }

    /** {@code account.login} for an existing account. */
    public String login(Account a, Session s, boolean success, @Nullable String failure, String method, Tag tag) {
        return out.begin("account.login", tag, a).ent("account_id", a).str("account_type", a.kind())
                .bool("success", success).str("failure_reason", failure).str("method", method)
                .ent("device_id", s.device()).ent("ip", s.ip()).str("region", a.region.name()).emit();
    }

    /** {@code account.login} failing for an identifier that belongs to no account. */
    public String unknownLogin(String accountId, Session s, Region region, Tag tag) {
        return out.begin("account.login", tag, "buyer:" + accountId).str("account_id", accountId)
                .str("account_type", "buyer").bool("success", false).str("failure_reason", "unknown_account")
                .str("method", "password").ent("device_id", s.device()).ent("ip", s.ip()).str("region", region.name()).emit();
    }

    /** {@code account.profile_changed}; {@code value} goes in the field matching {@code attribute}. */
    public String profileChanged(Account a, String attribute, @Nullable Entity value, Session s, Tag tag) {
        Emitter e = out.begin("account.profile_changed", tag, a).ent("account_id", a).str("account_type", a.kind())
                .str("attribute", attribute);
        switch (attribute) {
            case "email" -> e.ent("email", value);
            case "phone" -> e.ent("phone", value);
            case "address" -> e.ent("shipping_address_id", value);
            case "payout_account" -> e.ent("payout_account_id", value);
            default -> { }
        }
        return e.ent("device_id", s.device()).ent("ip", s.ip()).emit();
    }

    /** {@code kyc.submitted}; the document is named as an entity when the catalogue has document entities. */
    public String kycSubmitted(Account a, String kycId, String documentType, String documentHash,
                               Optional<Entity> document, String country, Session s, Tag tag) {
        Emitter e = out.begin("kyc.submitted", tag, a).ent("account_id", a).str("account_type", a.kind())
                .str("kyc_id", kycId).str("document_type", documentType);
        if (document.isPresent()) {
            e.ent("document_hash", document.get());
        } else {
            e.str("document_hash", documentHash);
        }
        return e.str("country", country).ent("device_id", s.device()).ent("ip", s.ip()).emit();
    }

    /** {@code kyc.result}. */
    public String kycResult(Account a, String kycId, String result, @Nullable String reason, Tag tag) {
        return out.begin("kyc.result", tag, a).ent("account_id", a).str("account_type", a.kind())
                .str("kyc_id", kycId).str("result", result).str("reason", reason).emit();
    }

    /** {@code seller.onboarded}. */
    public String onboarded(Seller seller, Session s, Tag tag) {
        return out.begin("seller.onboarded", tag, seller).ent("seller_id", seller).str("category", seller.category.key())
                .str("region", seller.region.name()).ent("payout_account_id", seller.payout).ent("email", seller.email)
                .ent("phone", seller.phone).ent("device_id", s.device()).ent("ip", s.ip()).emit();
    }
}
