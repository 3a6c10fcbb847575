result = function(
    argument1,
    argument2,
)
value = (a
         + b
         * c)
d = {
    'key': [1,
            2],
}
