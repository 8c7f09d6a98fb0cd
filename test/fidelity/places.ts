/**
 * Place names the reverse check looks for in a rendered seed page: countries, and cities that host
 * conferences or universities. Names that are also common words or given names (Chad, Jordan, Georgia, Nice, Sydney,
 * Florence, Madison, Davis, Wales, Victoria...) are left out: they would flag people and sentences, not places.
 */
export const COUNTRIES = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria', 'Azerbaijan',
  'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin', 'Bhutan', 'Bolivia', 'Bosnia',
  'Botswana', 'Brazil', 'Brunei', 'Bulgaria', 'Burkina Faso', 'Burundi', 'Cambodia', 'Cameroon', 'Canada', 'Cape Verde',
  'Chile', 'China', 'Colombia', 'Comoros', 'Congo', 'Costa Rica', 'Croatia', 'Cuba', 'Cyprus', 'Czechia', 'Czech Republic',
  'Denmark', 'Djibouti', 'Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador', 'Eritrea', 'Estonia', 'Eswatini',
  'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon', 'Gambia', 'Germany', 'Ghana', 'Greece', 'Grenada', 'Guatemala',
  'Guinea', 'Guyana', 'Haiti', 'Honduras', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Italy',
  'Ivory Coast', 'Jamaica', 'Japan', 'Kazakhstan', 'Kenya', 'Kiribati', 'Korea', 'South Korea', 'North Korea', 'Kosovo',
  'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya', 'Liechtenstein', 'Lithuania',
  'Luxembourg', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta', 'Mauritania', 'Mauritius', 'Mexico',
  'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco', 'Mozambique', 'Myanmar', 'Namibia', 'Nepal', 'Netherlands',
  'New Zealand', 'Nicaragua', 'Nigeria', 'North Macedonia', 'Norway', 'Oman', 'Pakistan', 'Palestine', 'Panama',
  'Papua New Guinea', 'Paraguay', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia', 'Rwanda',
  'Samoa', 'San Marino', 'Saudi Arabia', 'Senegal', 'Serbia', 'Seychelles', 'Sierra Leone', 'Singapore', 'Slovakia',
  'Slovenia', 'Somalia', 'South Africa', 'South Sudan', 'Spain', 'Sri Lanka', 'Sudan', 'Suriname', 'Sweden',
  'Switzerland', 'Syria', 'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand', 'Togo', 'Tonga', 'Tunisia', 'Turkey', 'Türkiye',
  'Turkmenistan', 'Uganda', 'Ukraine', 'United Arab Emirates', 'UAE', 'United Kingdom', 'UK', 'England', 'Scotland',
  'United States', 'USA', 'Uruguay', 'Uzbekistan', 'Vanuatu', 'Venezuela', 'Vietnam', 'Yemen', 'Zambia',
  'Zimbabwe',
];

export const CITIES = [
  // Hosts of ML conferences and workshops.
  'Vienna', 'Singapore', 'Rio de Janeiro', 'Seoul', 'Vancouver', 'Kigali', 'New Orleans', 'Honolulu', 'Baltimore',
  'Montreal', 'Montréal', 'Toronto', 'Long Beach', 'Stockholm', 'Barcelona', 'Lille', 'Beijing', 'Shanghai',
  'Tokyo', 'Kyoto', 'Osaka', 'Hong Kong', 'Abu Dhabi', 'Dubai', 'Bangkok', 'Jeju', 'Busan', 'Daejeon', 'Taipei',
  'Lisbon', 'Porto', 'Madrid', 'Valencia', 'Seville', 'Paris', 'Marseille', 'Lyon', 'Toulouse', 'London',
  'Oxford', 'Cambridge', 'Edinburgh', 'Manchester', 'Glasgow', 'Dublin', 'Amsterdam', 'Rotterdam', 'Brussels',
  'Berlin', 'Munich', 'Hamburg', 'Frankfurt', 'Stuttgart', 'Tübingen', 'Heidelberg', 'Kaiserslautern', 'Zurich',
  'Zürich', 'Geneva', 'Lausanne', 'Basel', 'St. Gallen', 'Milan', 'Rome', 'Roma', 'Turin', 'Naples',
  'Athens', 'Istanbul', 'Prague', 'Warsaw', 'Krakow', 'Budapest', 'Copenhagen', 'Oslo', 'Helsinki', 'Tallinn',
  'Moscow', 'Kyiv', 'Tel Aviv', 'Jerusalem', 'Cairo', 'Nairobi', 'Lagos', 'Accra', 'Cape Town', 'Johannesburg',
  'Addis Ababa', 'Mumbai', 'Bangalore', 'Bengaluru', 'Delhi', 'New Delhi', 'Hyderabad', 'Chennai', 'Kolkata',
  'Kharagpur', 'Jakarta', 'Kuala Lumpur', 'Manila', 'Hanoi', 'Melbourne', 'Brisbane', 'Canberra', 'Auckland',
  'Wellington', 'Ottawa', 'Calgary', 'Edmonton', 'Quebec', 'Mexico City', 'Bogotá', 'Bogota', 'Lima', 'Santiago',
  'Buenos Aires', 'São Paulo', 'Sao Paulo', 'Brasília', 'New York', 'NYC', 'Boston', 'Chicago', 'San Francisco',
  'San Diego', 'San Jose', 'Los Angeles', 'Seattle', 'Portland', 'Austin', 'Houston', 'Dallas', 'Denver', 'Atlanta',
  'Miami', 'Philadelphia', 'Pittsburgh', 'Washington', 'Berkeley', 'Palo Alto', 'Princeton', 'Urbana', 'Champaign',
  'Ann Arbor', 'Minneapolis', 'Salt Lake City', 'Phoenix', 'Las Vegas', 'Anchorage', 'Nashville',
  'Stanford', 'Pasadena', 'Irvine', 'Santa Barbara', 'Santa Cruz', 'St Andrews', 'Aragón', 'Canarias',
];

export const PLACES = [...new Set([...COUNTRIES, ...CITIES])];
