package dev.bulwark.sim.population;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Common given names and family names per region, for email local parts. */
final class Names {
    private static final Map<Region, List<String>> FIRST = new EnumMap<>(Map.of(
            Region.US, List.of("james", "mary", "john", "patricia", "robert", "jennifer", "michael", "linda", "david", "emily",
                    "chris", "sarah", "daniel", "ashley", "kevin", "jessica", "brian", "megan", "tyler", "olivia"),
            Region.GB, List.of("oliver", "amelia", "george", "isla", "harry", "ava", "jack", "emily", "charlie", "sophie",
                    "thomas", "grace", "jacob", "poppy", "alfie", "lily", "oscar", "ella", "leo", "chloe"),
            Region.DE, List.of("lukas", "anna", "leon", "marie", "felix", "sophie", "jonas", "lena", "paul", "laura",
                    "max", "julia", "tim", "lea", "jan", "hannah", "finn", "sarah", "niklas", "katharina"),
            Region.BR, List.of("joao", "maria", "pedro", "ana", "lucas", "julia", "gabriel", "beatriz", "rafael", "larissa",
                    "matheus", "camila", "gustavo", "fernanda", "thiago", "amanda", "bruno", "leticia", "felipe", "carla"),
            Region.ID, List.of("budi", "siti", "agus", "dewi", "andi", "putri", "rizki", "ayu", "eko", "nur",
                    "dian", "fajar", "indah", "hendra", "wulan", "yusuf", "rina", "bayu", "sari", "adi")));
    private static final Map<Region, List<String>> LAST = new EnumMap<>(Map.of(
            Region.US, List.of("smith", "johnson", "williams", "brown", "jones", "garcia", "miller", "davis", "wilson",
                    "moore", "taylor", "clark", "lee", "walker", "hall"),
            Region.GB, List.of("smith", "jones", "taylor", "brown", "williams", "wilson", "evans", "thomas", "roberts",
                    "walker", "wright", "hughes", "green", "edwards", "hill"),
            Region.DE, List.of("mueller", "schmidt", "schneider", "fischer", "weber", "meyer", "wagner", "becker",
                    "hoffmann", "schulz", "koch", "richter", "klein", "wolf", "neumann"),
            Region.BR, List.of("silva", "santos", "oliveira", "souza", "lima", "pereira", "costa", "ferreira", "almeida",
                    "rodrigues", "gomes", "ribeiro", "carvalho", "martins", "rocha"),
            Region.ID, List.of("santoso", "wijaya", "pratama", "saputra", "hidayat", "lestari", "kurniawan", "susanto",
                    "setiawan", "nugroho", "siregar", "utami", "putra", "rahman", "halim")));

    private Names() {
    }

    static List<String> first(Region region) {
        return FIRST.get(region);
    }

    static List<String> last(Region region) {
        return LAST.get(region);
    }
}
