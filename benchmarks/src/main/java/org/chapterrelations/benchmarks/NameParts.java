package org.chapterrelations.benchmarks;

import java.util.List;

/** The word lists the data set is built from: varied, realistic, and fixed so every run builds the same set. */
final class NameParts {

    /** City and its state: chapters are named for, and seated in, these. */
    static final List<String[]> CITIES = List.of(
            city("Albany", "NY"), city("Albuquerque", "NM"), city("Anchorage", "AK"), city("Ann Arbor", "MI"),
            city("Asheville", "NC"), city("Atlanta", "GA"), city("Austin", "TX"), city("Bakersfield", "CA"),
            city("Baltimore", "MD"), city("Baton Rouge", "LA"), city("Billings", "MT"), city("Birmingham", "AL"),
            city("Boise", "ID"), city("Boston", "MA"), city("Boulder", "CO"), city("Buffalo", "NY"),
            city("Burlington", "VT"), city("Charleston", "SC"), city("Charlotte", "NC"), city("Chattanooga", "TN"),
            city("Cheyenne", "WY"), city("Chicago", "IL"), city("Cincinnati", "OH"), city("Cleveland", "OH"),
            city("Columbia", "MO"), city("Columbus", "OH"), city("Concord", "NH"), city("Corpus Christi", "TX"),
            city("Dallas", "TX"), city("Dayton", "OH"), city("Denver", "CO"), city("Des Moines", "IA"),
            city("Detroit", "MI"), city("Duluth", "MN"), city("Durham", "NC"), city("El Paso", "TX"),
            city("Eugene", "OR"), city("Fairbanks", "AK"), city("Fargo", "ND"), city("Flagstaff", "AZ"),
            city("Fort Wayne", "IN"), city("Fresno", "CA"), city("Gainesville", "FL"), city("Grand Rapids", "MI"),
            city("Green Bay", "WI"), city("Greenville", "SC"), city("Hartford", "CT"), city("Honolulu", "HI"),
            city("Houston", "TX"), city("Huntsville", "AL"), city("Indianapolis", "IN"), city("Jackson", "MS"),
            city("Jacksonville", "FL"), city("Juneau", "AK"), city("Kansas City", "MO"), city("Knoxville", "TN"),
            city("Lafayette", "LA"), city("Lansing", "MI"), city("Las Cruces", "NM"), city("Las Vegas", "NV"),
            city("Lexington", "KY"), city("Lincoln", "NE"), city("Little Rock", "AR"), city("Los Angeles", "CA"),
            city("Louisville", "KY"), city("Lubbock", "TX"), city("Madison", "WI"), city("Memphis", "TN"),
            city("Miami", "FL"), city("Milwaukee", "WI"), city("Minneapolis", "MN"), city("Missoula", "MT"),
            city("Mobile", "AL"), city("Montgomery", "AL"), city("Nashville", "TN"), city("New Haven", "CT"),
            city("New Orleans", "LA"), city("Newark", "NJ"), city("Norfolk", "VA"), city("Oakland", "CA"),
            city("Oklahoma City", "OK"), city("Omaha", "NE"), city("Orlando", "FL"), city("Philadelphia", "PA"),
            city("Phoenix", "AZ"), city("Pittsburgh", "PA"), city("Portland", "OR"), city("Providence", "RI"),
            city("Provo", "UT"), city("Raleigh", "NC"), city("Reno", "NV"), city("Richmond", "VA"),
            city("Rochester", "NY"), city("Sacramento", "CA"), city("Salem", "OR"), city("Salt Lake City", "UT"),
            city("San Antonio", "TX"), city("San Diego", "CA"), city("San Jose", "CA"), city("Santa Fe", "NM"),
            city("Savannah", "GA"), city("Scranton", "PA"), city("Seattle", "WA"), city("Sioux Falls", "SD"),
            city("Spokane", "WA"), city("Springfield", "IL"), city("St. Louis", "MO"), city("Syracuse", "NY"),
            city("Tacoma", "WA"), city("Tallahassee", "FL"), city("Tampa", "FL"), city("Toledo", "OH"),
            city("Topeka", "KS"), city("Tucson", "AZ"), city("Tulsa", "OK"), city("Wichita", "KS"),
            city("Wilmington", "DE"), city("Worcester", "MA"));

    static final List<String> PROFESSIONS = List.of("Pharmacists", "Nurses", "Engineers", "Architects",
            "Librarians", "Accountants", "Surveyors", "Dietitians", "Planners", "Teachers", "Geologists",
            "Paralegals");

    static final List<String> CHAPTER_WORDS = List.of("Chapter", "Section", "Society", "Area Chapter",
            "Metro Chapter", "Valley Chapter", "County Chapter", "Association");

    /** Regions and the states they cover (the first is the seat). */
    static final List<String[]> REGIONS = List.of(
            new String[] {"New England", "MA", "CT", "RI", "VT", "NH", "ME"},
            new String[] {"Mid-Atlantic", "PA", "NJ", "DE", "MD"},
            new String[] {"Great Lakes", "MI", "OH", "IN", "IL", "WI"},
            new String[] {"Pacific Northwest", "WA", "OR", "ID"},
            new String[] {"Gulf Coast", "LA", "MS", "AL", "TX"},
            new String[] {"Mountain West", "CO", "UT", "WY", "MT"},
            new String[] {"Great Plains", "NE", "KS", "ND", "SD"},
            new String[] {"Southeast", "GA", "SC", "NC", "FL"},
            new String[] {"Southwest", "AZ", "NM", "NV"},
            new String[] {"Ohio Valley", "KY", "OH", "WV"});

    static final List<String> SCHOOL_PATTERNS = List.of("University of %s", "%s State University",
            "%s Community College", "%s Institute of Technology", "%s College");

    static final List<String> GIVEN_NAMES = List.of("Aaliyah", "Abdul", "Adriana", "Ahmed", "Aiko", "Alejandro",
            "Alice", "Amara", "Ana", "Andre", "Anjali", "Antonio", "Ava", "Benjamin", "Bianca", "Carlos", "Chen",
            "Chidi", "Chloe", "Daniel", "Deepa", "Diego", "Dmitri", "Elena", "Elijah", "Emeka", "Emily", "Esther",
            "Fatima", "Francesca", "Gabriel", "Grace", "Hana", "Hannah", "Hiroshi", "Ibrahim", "Ingrid", "Isabel",
            "Jamal", "James", "Javier", "Jin", "John", "Jose", "Kai", "Kavya", "Keisha", "Kenji", "Laila", "Liam",
            "Lucia", "Malik", "Maria", "Marcus", "Mei", "Michael", "Mohammed", "Nadia", "Naomi", "Nia", "Noah",
            "Olivia", "Omar", "Oscar", "Patrick", "Priya", "Rafael", "Rahul", "Rosa", "Ruth", "Samuel", "Sara",
            "Sofia", "Sung", "Tariq", "Thomas", "Tomas", "Valentina", "Victor", "Wei", "William", "Xavier",
            "Yara", "Yusuf", "Zainab", "Zoe");

    static final List<String> FAMILY_NAMES = List.of("Abbott", "Adeyemi", "Ahmed", "Alvarez", "Anderson",
            "Bailey", "Banerjee", "Bennett", "Brooks", "Brown", "Campbell", "Castillo", "Chang", "Chen", "Clarke",
            "Cohen", "Collins", "Cruz", "Davis", "Diaz", "Dubois", "Edwards", "Evans", "Fernandez", "Fischer",
            "Flores", "Foster", "Garcia", "Gonzalez", "Gupta", "Hall", "Hansen", "Harris", "Hernandez", "Hoang",
            "Hughes", "Ito", "Jackson", "Jensen", "Johnson", "Jones", "Kaur", "Khan", "Kim", "Kowalski", "Kumar",
            "Lee", "Lewis", "Lopez", "Martin", "Martinez", "Mbeki", "Mendoza", "Miller", "Mitchell", "Moore",
            "Morales", "Murphy", "Nakamura", "Nguyen", "Novak", "O'Brien", "Okafor", "Okonkwo", "Olsen", "Ortiz",
            "Park", "Patel", "Perez", "Petrov", "Phillips", "Quinn", "Ramirez", "Reddy", "Reyes", "Rivera",
            "Roberts", "Robinson", "Rodriguez", "Rossi", "Russo", "Sanchez", "Santos", "Schmidt", "Shah", "Silva",
            "Singh", "Smith", "Sullivan", "Suzuki", "Tanaka", "Taylor", "Thomas", "Thompson", "Torres", "Tran",
            "Turner", "Vargas", "Walker", "Wang", "Washington", "White", "Williams", "Wilson", "Wong", "Wright",
            "Yamamoto", "Yang", "Young", "Zhang");

    static final List<String> ORGANIZATIONS = List.of("City Hospital", "County Health Department", "State University",
            "Regional Medical Center", "Community Clinic", "Public Library", "School District", "Engineering Group");

    static final List<String> TITLES = List.of("Director", "Manager", "Professor", "Consultant", "Coordinator",
            "Chief Officer", "Specialist");

    private NameParts() {
    }

    private static String[] city(String name, String state) {
        return new String[] {name, state};
    }
}
