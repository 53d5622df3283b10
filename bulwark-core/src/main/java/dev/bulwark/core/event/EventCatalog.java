package dev.bulwark.core.event;

import static dev.bulwark.core.event.FieldKind.BOOLEAN;
import static dev.bulwark.core.event.FieldKind.INTEGER;
import static dev.bulwark.core.event.FieldKind.NUMBER;
import static dev.bulwark.core.event.FieldKind.STRING;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of every event type Bulwark accepts. Validation, the JSON Schemas served by the server and
 * {@code docs/events.md} are all derived from this one definition, so they cannot drift apart.
 *
 * <p>Design note: this file is long because it is data, one short block per event type.
 */
public final class EventCatalog {
    /** Fraud typologies a {@code label} event may carry. */
    public static final List<String> TYPOLOGIES = List.of(
            "fake_account", "promo_abuse", "account_takeover", "stolen_payment", "card_testing",
            "refund_abuse", "friendly_fraud", "brushing", "affiliate_fraud", "seller_fraud",
            "kyc_fraud", "non_delivery", "payout_takeover", "gift_laundering", "gift_chargeback", "other");

    private static final List<String> ACCOUNT_TYPES = List.of("buyer", "seller", "creator");
    private static final Map<String, EventType> TYPES = new LinkedHashMap<>();

    static {
        define("account.registered", "An account (buyer, seller or creator) was created.",
                List.of(account(), accountType(), email(false), phone(false), device(), ip(), region(),
                        FieldSpec.optional("promo_code", STRING, "Sign-up promotion or coupon code redeemed"),
                        FieldSpec.optional("referrer_id", STRING, "Account that referred this one")),
                Map.of("account_id", "b-1001", "account_type", "buyer", "email", "ana@example.com",
                        "device_id", "d-77", "ip", "203.0.113.9", "region", "US"));
        define("account.login", "A login attempt, successful or not.",
                List.of(account(), accountType(), FieldSpec.required("success", BOOLEAN, "Whether the login succeeded"),
                        FieldSpec.oneOf("failure_reason", false, List.of("bad_password", "unknown_account", "locked", "mfa_failed"),
                                "Why a failed login failed"),
                        FieldSpec.oneOf("method", false, List.of("password", "otp", "sso", "token"), "How the user authenticated"),
                        device(), ip(), region()),
                Map.of("account_id", "b-1001", "account_type", "buyer", "success", true, "device_id", "d-77",
                        "ip", "203.0.113.9"));
        define("account.profile_changed", "A sensitive profile attribute changed: email, phone, address or payout account.",
                List.of(account(), accountType(),
                        FieldSpec.oneOf("attribute", true, List.of("email", "phone", "address", "payout_account", "password"),
                                "Which attribute changed"),
                        email(false), phone(false), address(false), payoutAccount(false), device(), ip()),
                Map.of("account_id", "s-300", "account_type", "seller", "attribute", "payout_account",
                        "payout_account_id", "pa-99", "device_id", "d-12", "ip", "198.51.100.7"));
        define("kyc.submitted", "Identity documents submitted for verification (sellers and hosts).",
                List.of(account(), accountType(), FieldSpec.required("kyc_id", STRING, "Verification case identifier"),
                        FieldSpec.oneOf("document_type", false, List.of("passport", "id_card", "driver_license", "business_registration"),
                                "Kind of document"),
                        FieldSpec.entity("document_hash", EntityType.DOCUMENT, false,
                                "Salted hash of the document number; equal hashes mean the same document"),
                        FieldSpec.optional("country", STRING, "Issuing country, ISO 3166-1 alpha-2"), device(), ip()),
                Map.of("account_id", "s-300", "account_type", "seller", "kyc_id", "k-1", "document_type", "passport",
                        "document_hash", "h:5f1c", "country", "US"));
        define("kyc.result", "The outcome of an identity verification.",
                List.of(account(), accountType(), FieldSpec.required("kyc_id", STRING, "Verification case identifier"),
                        FieldSpec.oneOf("result", true, List.of("approved", "rejected", "manual_review"), "Outcome"),
                        FieldSpec.optional("reason", STRING, "Why, when rejected")),
                Map.of("account_id", "s-300", "account_type", "seller", "kyc_id", "k-1", "result", "approved"));
        define("seller.onboarded", "A seller finished onboarding and may list products.",
                List.of(seller(true), FieldSpec.optional("category", STRING, "Main product category"), region(),
                        payoutAccount(false), email(false), phone(false), device(), ip()),
                Map.of("seller_id", "s-300", "category", "beauty", "region", "US", "payout_account_id", "pa-1"));
        define("listing.created", "A product listing was published.",
                List.of(listing(true), seller(true), FieldSpec.optional("category", STRING, "Product category"),
                        FieldSpec.required("price", NUMBER, "Unit price in major units"), currency(true),
                        FieldSpec.optional("title", STRING, "Listing title")),
                Map.of("listing_id", "l-5", "seller_id", "s-300", "price", 19.99, "currency", "USD", "category", "beauty"));
        define("order.placed", "A buyer placed an order.",
                List.of(order(true), buyer(true), seller(true), listing(false), amount(true), currency(true),
                        FieldSpec.optional("quantity", INTEGER, "Units ordered"), paymentInstrument(false), address(false),
                        FieldSpec.entity("creator_id", EntityType.CREATOR, false, "Affiliate creator whose link led to the order"),
                        FieldSpec.optional("promo_code", STRING, "Coupon or promotion code"),
                        FieldSpec.optional("discount_amount", NUMBER, "Discount granted, in major units"),
                        device(), ip(), region()),
                Map.of("order_id", "o-9", "buyer_id", "b-1001", "seller_id", "s-300", "amount", 59.97, "currency", "USD",
                        "payment_instrument_id", "pi-4", "shipping_address_id", "ad-8", "device_id", "d-77", "ip", "203.0.113.9"));
        define("payment.authorized", "A payment authorisation succeeded.",
                List.of(order(false), buyer(true), paymentInstrument(true), amount(true), currency(true),
                        FieldSpec.optional("card_bin", STRING, "First six digits of a card"),
                        FieldSpec.optional("card_country", STRING, "Issuing country, ISO 3166-1 alpha-2"),
                        FieldSpec.oneOf("purpose", false, List.of("order", "coins", "other"), "What the payment is for"),
                        device(), ip()),
                Map.of("order_id", "o-9", "buyer_id", "b-1001", "payment_instrument_id", "pi-4", "amount", 59.97, "currency", "USD"));
        define("payment.failed", "A payment authorisation was declined or failed.",
                List.of(order(false), buyer(true), paymentInstrument(true), amount(true), currency(true),
                        FieldSpec.optional("decline_code", STRING, "Issuer or processor decline code"),
                        FieldSpec.oneOf("purpose", false, List.of("order", "coins", "other"), "What the payment was for"),
                        device(), ip()),
                Map.of("order_id", "o-9", "buyer_id", "b-1001", "payment_instrument_id", "pi-4", "amount", 1.00,
                        "currency", "USD", "decline_code", "insufficient_funds"));
        define("order.shipped", "The seller shipped an order.",
                List.of(order(true), seller(true), buyer(false), FieldSpec.optional("carrier", STRING, "Carrier name"),
                        FieldSpec.optional("tracking_id", STRING, "Carrier tracking number"),
                        FieldSpec.optional("declared_weight_grams", INTEGER, "Declared parcel weight")),
                Map.of("order_id", "o-9", "seller_id", "s-300", "carrier", "ups", "tracking_id", "1Z999"));
        define("order.delivered", "The carrier confirmed delivery.",
                List.of(order(true), seller(false), buyer(false)),
                Map.of("order_id", "o-9", "seller_id", "s-300", "buyer_id", "b-1001"));
        define("refund.requested", "A buyer asked for a refund.",
                List.of(order(true), buyer(true), seller(false), amount(true), currency(true),
                        FieldSpec.oneOf("reason", true, List.of("not_received", "damaged", "not_as_described", "changed_mind", "other"),
                                "Reason the buyer gave"), device(), ip()),
                Map.of("order_id", "o-9", "buyer_id", "b-1001", "seller_id", "s-300", "amount", 59.97, "currency", "USD",
                        "reason", "not_received"));
        define("return.requested", "A buyer asked to return goods.",
                List.of(order(true), buyer(true), seller(false), amount(true), currency(true),
                        FieldSpec.oneOf("reason", true, List.of("damaged", "not_as_described", "changed_mind", "wrong_item", "other"),
                                "Reason the buyer gave"),
                        FieldSpec.optional("declared_weight_grams", INTEGER, "Weight of the returned parcel"), device(), ip()),
                Map.of("order_id", "o-9", "buyer_id", "b-1001", "amount", 59.97, "currency", "USD", "reason", "damaged"));
        define("chargeback.received", "The card network reported a chargeback.",
                List.of(order(false), buyer(false), paymentInstrument(true), amount(true), currency(true),
                        FieldSpec.optional("reason_code", STRING, "Network reason code"),
                        FieldSpec.oneOf("purpose", false, List.of("order", "coins", "other"), "What the disputed payment was for")),
                Map.of("order_id", "o-9", "buyer_id", "b-1001", "payment_instrument_id", "pi-4", "amount", 59.97,
                        "currency", "USD", "reason_code", "10.4"));
        define("payout.requested", "A seller asked for settlement to a payout account.",
                List.of(seller(true), payoutAccount(true), amount(true), currency(true), device(), ip()),
                Map.of("seller_id", "s-300", "payout_account_id", "pa-1", "amount", 1250.00, "currency", "USD"));
        define("affiliate.link_created", "A creator created an affiliate link for a listing.",
                List.of(creator(true), FieldSpec.required("link_id", STRING, "Affiliate link identifier"), listing(true), seller(false)),
                Map.of("creator_id", "c-42", "link_id", "lk-1", "listing_id", "l-5", "seller_id", "s-300"));
        define("affiliate.order_attributed", "An order was attributed to a creator's affiliate link.",
                List.of(creator(true), order(true), buyer(false), seller(false),
                        FieldSpec.optional("link_id", STRING, "Affiliate link identifier"),
                        FieldSpec.required("commission_amount", NUMBER, "Commission owed, major units"),
                        FieldSpec.optional("order_amount", NUMBER, "Order value, major units"), currency(true)),
                Map.of("creator_id", "c-42", "order_id", "o-9", "buyer_id", "b-1001", "seller_id", "s-300",
                        "commission_amount", 5.99, "order_amount", 59.97, "currency", "USD"));
        define("affiliate.commission_settled", "A creator's commission was settled.",
                List.of(creator(true), order(false), FieldSpec.required("commission_amount", NUMBER, "Commission paid, major units"),
                        currency(true), payoutAccount(false)),
                Map.of("creator_id", "c-42", "order_id", "o-9", "commission_amount", 5.99, "currency", "USD"));
        define("live.coins_recharged", "A viewer bought coins for live gifting.",
                List.of(buyer(true), FieldSpec.required("coins", INTEGER, "Coins bought"), amount(true), currency(true),
                        paymentInstrument(true), device(), ip()),
                Map.of("buyer_id", "b-1001", "coins", 5000, "amount", 49.99, "currency", "USD", "payment_instrument_id", "pi-4"));
        define("live.gift_sent", "A viewer sent a paid gift to a live host.",
                List.of(buyer(true), FieldSpec.entity("host_id", EntityType.CREATOR, true, "The live host receiving the gift"),
                        FieldSpec.optional("stream_id", STRING, "Live stream identifier"),
                        FieldSpec.required("coins", INTEGER, "Value of the gift in coins"),
                        FieldSpec.optional("gift_id", STRING, "Gift catalogue identifier"), device(), ip()),
                Map.of("buyer_id", "b-1001", "host_id", "c-42", "stream_id", "st-3", "coins", 1000));
        define("host.cashout_requested", "A live host asked to cash out gift earnings.",
                List.of(FieldSpec.entity("host_id", EntityType.CREATOR, true, "The live host"), payoutAccount(true),
                        FieldSpec.optional("coins", INTEGER, "Coins converted"), amount(true), currency(true), device(), ip()),
                Map.of("host_id", "c-42", "payout_account_id", "pa-7", "coins", 90000, "amount", 900.00, "currency", "USD"));
        define("label", "Ground truth from an investigation, a chargeback or an appeal: an entity or an event confirmed fraudulent or legitimate.",
                List.of(FieldSpec.oneOf("label", true, List.of("fraud", "legit"), "The verdict"),
                        FieldSpec.oneOf("typology", false, TYPOLOGIES, "Kind of fraud, when the verdict is fraud"),
                        FieldSpec.optional("event_id", STRING, "The labelled event, when an event is labelled"),
                        FieldSpec.oneOf("entity_type", false, entityKeys(), "Type of the labelled entity"),
                        FieldSpec.optional("entity_id", STRING, "The labelled entity"),
                        FieldSpec.oneOf("source", true, List.of("investigation", "chargeback", "appeal", "manual", "simulation"),
                                "Where the verdict came from"),
                        FieldSpec.optional("ring_id", STRING, "Group of entities acting together, when known")),
                Map.of("label", "fraud", "typology", "card_testing", "entity_type", "payment_instrument",
                        "entity_id", "pi-4", "source", "chargeback"));
    }

    private EventCatalog() {
    }

    /** The event type with the given name, if it is in the catalogue. */
    public static Optional<EventType> find(String name) {
        return Optional.ofNullable(TYPES.get(name));
    }

    /**
     * The catalogue's own instance of a type name, or {@code name} itself when the type is unknown: events keep
     * it, so the lookups by type on the decision path find their key by identity instead of comparing characters.
     */
    public static String canonicalName(String name) {
        EventType type = TYPES.get(name);
        return type == null ? name : type.name();
    }

    /** Every event type, in catalogue order. */
    public static Collection<EventType> all() {
        return TYPES.values();
    }

    /** The distinct scenarios, in catalogue order. */
    public static List<String> scenarios() {
        return TYPES.values().stream().map(EventType::scenario).distinct().toList();
    }

    private static void define(String name, String description, List<FieldSpec> fields, Map<String, Object> example) {
        TYPES.put(name, new EventType(name, description, fields, example));
    }

    private static List<String> entityKeys() {
        List<String> keys = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            keys.add(type.key());
        }
        return keys;
    }

    private static FieldSpec account() {
        return FieldSpec.required(EventType.ACCOUNT_ID, STRING, "The account this event is about");
    }

    private static FieldSpec accountType() {
        return FieldSpec.oneOf(EventType.ACCOUNT_TYPE, true, ACCOUNT_TYPES, "Whether the account is a buyer, a seller or a creator");
    }

    private static FieldSpec buyer(boolean required) {
        return FieldSpec.entity("buyer_id", EntityType.BUYER, required, "The buying (or, in live, viewing) account");
    }

    private static FieldSpec seller(boolean required) {
        return FieldSpec.entity("seller_id", EntityType.SELLER, required, "The selling account");
    }

    private static FieldSpec creator(boolean required) {
        return FieldSpec.entity("creator_id", EntityType.CREATOR, required, "The affiliate creator");
    }

    private static FieldSpec order(boolean required) {
        return FieldSpec.entity("order_id", EntityType.ORDER, required, "The order");
    }

    private static FieldSpec listing(boolean required) {
        return FieldSpec.entity("listing_id", EntityType.LISTING, required, "The product listing");
    }

    private static FieldSpec paymentInstrument(boolean required) {
        return FieldSpec.entity("payment_instrument_id", EntityType.PAYMENT_INSTRUMENT, required,
                "Token of the card, wallet or bank account used to pay");
    }

    private static FieldSpec payoutAccount(boolean required) {
        return FieldSpec.entity("payout_account_id", EntityType.PAYOUT_ACCOUNT, required, "Token of the bank account receiving money");
    }

    private static FieldSpec address(boolean required) {
        return FieldSpec.entity("shipping_address_id", EntityType.ADDRESS, required, "Token of the normalised shipping address");
    }

    private static FieldSpec email(boolean required) {
        return FieldSpec.entity("email", EntityType.EMAIL, required, "Email address");
    }

    private static FieldSpec phone(boolean required) {
        return FieldSpec.entity("phone", EntityType.PHONE, required, "Phone number, E.164");
    }

    private static FieldSpec device() {
        return FieldSpec.entity("device_id", EntityType.DEVICE, false, "Device fingerprint identifier");
    }

    private static FieldSpec ip() {
        return FieldSpec.entity("ip", EntityType.IP, false, "Client IP address");
    }

    private static FieldSpec region() {
        return FieldSpec.optional("region", STRING, "Marketplace region, e.g. US");
    }

    private static FieldSpec amount(boolean required) {
        return new FieldSpec("amount", NUMBER, required, List.of(), Optional.empty(), "Money amount in major units, e.g. 12.50");
    }

    private static FieldSpec currency(boolean required) {
        return new FieldSpec("currency", STRING, required, List.of(), Optional.empty(), "ISO 4217 code, e.g. USD");
    }
}
