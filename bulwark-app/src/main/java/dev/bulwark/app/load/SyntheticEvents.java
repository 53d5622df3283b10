package dev.bulwark.app.load;

import java.time.Instant;
import java.util.SplittableRandom;

/** Order and payment events over a population of buyers, as JSON text, each with a fresh id and the current time. */
final class SyntheticEvents {
    private final String run;
    private final int buyers;

    SyntheticEvents(String run, int buyers) {
        this.run = run;
        this.buyers = buyers;
    }

    String next(long n, SplittableRandom random, Instant now) {
        int buyer = random.nextInt(buyers);
        String device = "d-" + (buyer * 3 + random.nextInt(3)) / 2;
        String ip = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256);
        String amount = String.format("%.2f", random.nextDouble(1, 400));
        if (random.nextInt(4) == 0) {
            return "{\"specversion\":\"1.0\",\"id\":\"" + run + "-" + n + "\",\"source\":\"bulwark-bench\",\"type\":\"payment.authorized\","
                    + "\"time\":\"" + now + "\",\"data\":{\"buyer_id\":\"b-" + buyer + "\",\"payment_instrument_id\":\"pi-"
                    + (buyer * 2 + random.nextInt(2)) + "\",\"amount\":" + amount + ",\"currency\":\"USD\",\"device_id\":\""
                    + device + "\",\"ip\":\"" + ip + "\"}}";
        }
        return "{\"specversion\":\"1.0\",\"id\":\"" + run + "-" + n + "\",\"source\":\"bulwark-bench\",\"type\":\"order.placed\","
                + "\"time\":\"" + now + "\",\"data\":{\"order_id\":\"o-" + run + "-" + n + "\",\"buyer_id\":\"b-" + buyer
                + "\",\"seller_id\":\"s-" + random.nextInt(2000) + "\",\"amount\":" + amount + ",\"currency\":\"USD\","
                + "\"payment_instrument_id\":\"pi-" + (buyer * 2 + random.nextInt(2)) + "\",\"shipping_address_id\":\"ad-"
                + buyer + "\",\"device_id\":\"" + device + "\",\"ip\":\"" + ip + "\"}}";
    }
}
