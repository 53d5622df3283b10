package dev.bulwark.sim.population;

import dev.bulwark.core.event.EntityType;
import dev.bulwark.sim.engine.Ids;
import dev.bulwark.sim.engine.Rng;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes every identifier the simulation uses. Good and malicious actors get theirs from the same generators,
 * so no identifier's shape reveals who owns it.
 */
public final class Identities {
    private static final String HEX = "0123456789abcdef";
    /** Looked up by key so the simulator also runs against a catalogue without document entities. */
    private static final Optional<EntityType> DOCUMENT = EntityType.fromKey("document");
    private final Rng rng;
    private final Ids ids;
    private final Networks networks;
    private final List<String> disposable = Resources.disposableDomains();
    private final Set<String> emailsTaken = new HashSet<>();
    private final Map<String, Entity> documents = new HashMap<>();

    /** Identity makers drawing on {@code rng} and {@code ids}. */
    public Identities(Rng rng, Ids ids, Networks networks) {
        this.rng = rng;
        this.ids = ids;
        this.networks = networks;
    }

    /** The identifier generators. */
    public Ids ids() {
        return ids;
    }

    /** The IP address plan. */
    public Networks networks() {
        return networks;
    }

    /** A new device fingerprint. */
    public Entity device() {
        return new Entity(EntityType.DEVICE, ids.next(Ids.Kind.DEVICE));
    }

    /** A new normalised shipping address token. */
    public Entity address() {
        return new Entity(EntityType.ADDRESS, ids.next(Ids.Kind.ADDRESS));
    }

    /** A new payout (bank) account token. */
    public Entity payout() {
        return new Entity(EntityType.PAYOUT_ACCOUNT, ids.next(Ids.Kind.PAYOUT));
    }

    /** A new card issued in {@code country}, or a wallet with probability {@code walletShare}. */
    public Card card(Region country, double walletShare) {
        String id = ids.next(Ids.Kind.INSTRUMENT);
        if (rng.chance(walletShare)) {
            return new Card(id, "", country.name());
        }
        return new Card(id, rng.pick(country.bins()), country.name());
    }

    /** A new email at one of the region's webmail providers. */
    public Entity webmail(Region region) {
        return email(region, rng.pick(region.webmail()));
    }

    /** A new email at a disposable domain. */
    public Entity disposableEmail(Region region) {
        return email(region, rng.pick(disposable));
    }

    /** A new email at one of the few disposable domains privacy-minded good users pick. */
    public Entity privacyEmail(Region region) {
        return email(region, disposable.get(rng.below(6)));
    }

    /** A new phone number in the region's E.164 format. */
    public Entity phone(Region region) {
        String number = switch (region) {
            case US -> "+1" + rng.between(201, 989) + digits(7);
            case GB -> "+447" + rng.between(4, 9) + digits(8);
            case DE -> "+491" + rng.pick("51", "52", "57", "60", "62", "70", "76") + digits(7 + rng.below(2));
            case BR -> "+55" + rng.between(11, 99) + "9" + digits(8);
            case ID -> "+628" + rng.pick("11", "12", "13", "21", "52", "57", "77", "95") + digits(7 + rng.below(2));
        };
        return new Entity(EntityType.PHONE, number);
    }

    /** A salted hash of a new identity document number. */
    public String documentHash() {
        StringBuilder sb = new StringBuilder("h:");
        long bits = rng.bits();
        for (int i = 0; i < 16; i++) {
            sb.append(HEX.charAt((int) (bits & 15)));
            bits >>>= 4;
        }
        return sb.toString();
    }

    /**
     * The document with the given hash as an entity, when the catalogue treats documents as entities (the
     * {@code document} entity type); empty otherwise. The same hash always gives the same entity.
     */
    public Optional<Entity> document(String hash) {
        return DOCUMENT.map(type -> documents.computeIfAbsent(hash, h -> new Entity(type, h)));
    }

    private Entity email(Region region, String domain) {
        for (int attempt = 0; ; attempt++) {
            String local = localPart(region, attempt);
            String email = local + "@" + domain;
            if (emailsTaken.add(email)) {
                return new Entity(EntityType.EMAIL, email);
            }
        }
    }

    private String localPart(Region region, int attempt) {
        String first = rng.pick(Names.first(region));
        String last = rng.pick(Names.last(region));
        String base = switch (rng.below(5)) {
            case 0 -> first + "." + last;
            case 1 -> first + last;
            case 2 -> first + "_" + last;
            case 3 -> first.charAt(0) + last;
            default -> first;
        };
        boolean number = attempt > 0 || rng.chance(0.55);
        return number ? base + rng.between(1, attempt > 3 ? 99_999 : (rng.chance(0.5) ? 99 : 2005)) : base;
    }

    private String digits(int n) {
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            out[i] = (char) ('0' + rng.below(10));
        }
        return new String(out);
    }
}
