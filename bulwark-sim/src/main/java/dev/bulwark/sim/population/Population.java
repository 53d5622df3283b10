package dev.bulwark.sim.population;

import dev.bulwark.sim.engine.Rng;
import dev.bulwark.sim.engine.WeightedIndex;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Everyone on the marketplace, by region, with weighted pickers for who acts next. */
public final class Population {
    private static final class Local {
        final List<Buyer> buyers = new ArrayList<>();
        final WeightedIndex buyerPick = new WeightedIndex();
        final List<Seller> sellers = new ArrayList<>();
        final WeightedIndex sellerPick = new WeightedIndex();
        final List<Creator> affiliates = new ArrayList<>();
        final WeightedIndex affiliatePick = new WeightedIndex();
        final List<Creator> hosts = new ArrayList<>();
        final WeightedIndex hostPick = new WeightedIndex();
        final List<Seller> allSellers = new ArrayList<>();
        final List<Buyer> allBuyers = new ArrayList<>();
        final List<Buyer> viewers = new ArrayList<>();
        final WeightedIndex viewerPick = new WeightedIndex();
        final List<Creator> allCreators = new ArrayList<>();
    }

    private final Map<Region, Local> regions = new EnumMap<>(Region.class);

    /** An empty population. */
    public Population() {
        for (Region r : Region.values()) {
            regions.put(r, new Local());
        }
    }

    /** Adds a buyer; an active buyer is picked for good sessions in proportion to its activity. */
    public void addBuyer(Buyer buyer, boolean active) {
        Local l = regions.get(buyer.region);
        l.allBuyers.add(buyer);
        if (active) {
            buyer.pick = l.buyerPick.add(buyer.activity);
            l.buyers.add(buyer);
            if (buyer.viewer) {
                buyer.viewerPick = l.viewerPick.add(buyer.activity);
                l.viewers.add(buyer);
            }
        }
    }

    /** Adds a seller whose listings buyers find in proportion to its popularity. */
    public void addSeller(Seller seller) {
        Local l = regions.get(seller.region);
        l.allSellers.add(seller);
        seller.pick = l.sellerPick.add(seller.popularity);
        l.sellers.add(seller);
    }

    /** Adds a creator to the affiliate and host pickers its roles qualify it for. */
    public void addCreator(Creator creator) {
        Local l = regions.get(creator.region);
        if (!creator.listed) {
            creator.listed = true;
            l.allCreators.add(creator);
        }
        if (creator.affiliate && creator.affiliatePick < 0) {
            creator.affiliatePick = l.affiliatePick.add(creator.popularity);
            l.affiliates.add(creator);
        }
        if (creator.host && creator.hostPick < 0) {
            creator.hostPick = l.hostPick.add(creator.popularity);
            l.hosts.add(creator);
        }
    }

    /** Stops an account from being picked for good activity (banned, or taken over by a fraud campaign). */
    public void retire(Account account) {
        Local l = regions.get(account.region);
        switch (account) {
            case Buyer b -> {
                if (b.pick >= 0) {
                    l.buyerPick.set(b.pick, 0);
                }
                if (b.viewerPick >= 0) {
                    l.viewerPick.set(b.viewerPick, 0);
                }
            }
            case Seller s when s.pick >= 0 -> l.sellerPick.set(s.pick, 0);
            case Creator c -> {
                if (c.affiliatePick >= 0) {
                    l.affiliatePick.set(c.affiliatePick, 0);
                }
                if (c.hostPick >= 0) {
                    l.hostPick.set(c.hostPick, 0);
                }
            }
            default -> { }
        }
    }

    /** Changes how often buyers find a seller. */
    public void setPopularity(Seller seller, double popularity) {
        seller.popularity = popularity;
        if (seller.pick >= 0) {
            regions.get(seller.region).sellerPick.set(seller.pick, popularity);
        }
    }

    /** A buyer of the region picked by activity, if any is active. */
    public @Nullable Buyer buyer(Region region, Rng rng) {
        Local l = regions.get(region);
        int i = l.buyerPick.sample(rng.u());
        return i < 0 ? null : l.buyers.get(i);
    }

    /** A live-stream viewer of the region picked by activity, if any. */
    public @Nullable Buyer viewer(Region region, Rng rng) {
        Local l = regions.get(region);
        int i = l.viewerPick.sample(rng.u());
        return i < 0 ? null : l.viewers.get(i);
    }

    /** A creator of the region, uniformly, including retired ones; null when there is none. */
    public @Nullable Creator anyCreator(Region region, Rng rng) {
        List<Creator> all = regions.get(region).allCreators;
        return all.isEmpty() ? null : all.get(rng.below(all.size()));
    }

    /** A seller of the region picked by popularity. */
    public @Nullable Seller seller(Region region, Rng rng) {
        Local l = regions.get(region);
        int i = l.sellerPick.sample(rng.u());
        return i < 0 ? null : l.sellers.get(i);
    }

    /** An affiliate creator of the region picked by popularity. */
    public @Nullable Creator affiliate(Region region, Rng rng) {
        Local l = regions.get(region);
        int i = l.affiliatePick.sample(rng.u());
        return i < 0 ? null : l.affiliates.get(i);
    }

    /** A live host of the region picked by popularity. */
    public @Nullable Creator host(Region region, Rng rng) {
        Local l = regions.get(region);
        int i = l.hostPick.sample(rng.u());
        return i < 0 ? null : l.hosts.get(i);
    }

    /** A listing of the region: a seller by popularity, then one of its listings. */
    public @Nullable Listing listing(Region region, Rng rng) {
        Seller s = seller(region, rng);
        if (s == null || s.listings.isEmpty()) {
            return null;
        }
        return s.listings.get(rng.below(s.listings.size()));
    }

    /** Any buyer ever added in the region, uniformly, including inactive ones; empty region gives null. */
    public @Nullable Buyer anyBuyer(Region region, Rng rng) {
        List<Buyer> all = regions.get(region).allBuyers;
        return all.isEmpty() ? null : all.get(rng.below(all.size()));
    }

    /** Any seller ever added in the region, uniformly. */
    public @Nullable Seller anySeller(Region region, Rng rng) {
        List<Seller> all = regions.get(region).allSellers;
        return all.isEmpty() ? null : all.get(rng.below(all.size()));
    }

    /** Buyers ever added, over all regions. */
    public int buyerCount() {
        return regions.values().stream().mapToInt(l -> l.allBuyers.size()).sum();
    }
}
