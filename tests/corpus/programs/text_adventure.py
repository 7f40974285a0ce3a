ROOMS = {
    "hall": {"desc": "a long hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "dusty shelves", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "smells of bread", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "dark and damp", "exits": {"up": "kitchen"}, "items": ["treasure"]},
}
SYNONYMS = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down",
            "get": "take", "grab": "take", "inv": "inventory", "i": "inventory"}

class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
    def parse(self, line):
        words = [SYNONYMS.get(w, w) for w in line.lower().split() if w not in ("the", "a", "an")]
        if not words:
            return None, None
        if words[0] in ("north", "south", "east", "west", "up", "down"):
            return "go", words[0]
        return words[0], " ".join(words[1:]) or None
    def do(self, line):
        verb, obj = self.parse(line)
        self.moves += 1
        match verb, obj:
            case None, _:
                return "Say something."
            case "look", None:
                r = ROOMS[self.room]
                items = ", ".join(r["items"]) or "nothing"
                return f"You are in {r['desc']}. You see: {items}. Exits: {', '.join(sorted(r['exits']))}."
            case "go", direction if direction in ROOMS[self.room]["exits"]:
                if ROOMS[self.room]["exits"][direction] == "cellar" and "lamp" not in self.inventory:
                    return "It is too dark to go down without a lamp."
                self.room = ROOMS[self.room]["exits"][direction]
                return f"You go {direction} to the {self.room}."
            case "go", direction:
                return f"You can't go {direction}."
            case "take", None:
                return "Take what?"
            case "take", item if item in ROOMS[self.room]["items"]:
                ROOMS[self.room]["items"].remove(item)
                self.inventory.append(item)
                return f"Taken: {item}."
            case "take", item:
                return f"There is no {item} here."
            case "inventory", _:
                return "You carry: " + (", ".join(self.inventory) or "nothing")
            case _:
                return f"I don't understand '{line}'."

game = Game()
script = ["look", "take lamp", "n", "look", "get the key", "grab book", "take sword", "s",
          "e", "down", "look", "take treasure", "i", "dance wildly", "", "west", "up", "fly"]
for cmd in script:
    print(f"> {cmd}")
    print(game.do(cmd))
print("moves:", game.moves, "score:", 10 * len(game.inventory))
